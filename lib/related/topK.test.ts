import { describe, expect, it } from 'vitest';
import { TopK } from './topK';

describe('TopK', () => {
  it('keeps the k highest values, best first, ties ordered by the tie rule', () => {
    const best = new TopK(3, (a, b) => a < b);
    for (const [id, value] of [
      [5, 1],
      [1, 4],
      [4, 2],
      [2, 4],
      [3, 0.5],
      [0, 2],
    ] as const)
      best.offer(id, value);
    expect(best.entries()).toEqual([
      [1, 4],
      [2, 4],
      [0, 2],
    ]);
    expect(best.threshold).toBe(2);
    expect(new TopK(2, () => false).threshold).toBe(-Infinity);
  });

  it('holds nothing when k is 0 and everything when k is large', () => {
    const none = new TopK(0, () => false);
    none.offer(1, 1);
    expect(none.entries()).toEqual([]);
    const all = new TopK(10, () => false);
    all.offer(1, 1);
    all.offer(2, 3);
    expect(all.entries()).toEqual([
      [2, 3],
      [1, 1],
    ]);
  });
});
