import { describe, expect, it } from 'vitest';
import { generationCheckMs, shouldReload } from './generation';

describe('content generation stamp', () => {
  it('reloads when the stamp differs from the generation loaded, or that is unknown', () => {
    expect(shouldReload('a', 'b')).toBe(true);
    expect(shouldReload(undefined, 'b')).toBe(true);
    expect(shouldReload(null, 'b')).toBe(true);
    expect(shouldReload('b', 'b')).toBe(false);
  });

  it('does not reload when no publish has been stamped', () => {
    expect(shouldReload(undefined, null)).toBe(false);
    expect(shouldReload('a', null)).toBe(false);
  });

  it('is checked twice per publishing interval, never more than once a second', () => {
    expect(generationCheckMs(60)).toBe(30_000);
    expect(generationCheckMs(5)).toBe(2_500);
    expect(generationCheckMs(1)).toBe(1_000);
  });
});
