import { describe, expect, it } from 'vitest';
import { runSteps, runStepsInSlices } from './buildSteps';

function* countTo(n: number, seen: number[]): Generator<void, number> {
  for (let i = 1; i <= n; i++) {
    seen.push(i);
    yield;
  }
  return n * 10;
}

describe('running an index build in steps', () => {
  it('runs every step at once', () => {
    const seen: number[] = [];
    expect(runSteps(countTo(3, seen))).toBe(30);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('lets other work run between the steps', async () => {
    const seen: number[] = [];
    const done = runStepsInSlices(countTo(3, seen));
    setImmediate(() => seen.push(-1));
    expect(await done).toBe(30);
    // The first step runs at once; the task queued after it runs before the build's last step.
    expect(seen).toEqual([1, 2, -1, 3]);
  });
});
