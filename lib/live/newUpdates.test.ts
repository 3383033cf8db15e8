import { describe, expect, it } from 'vitest';
import { countedTitle, newUpdatesLabel } from './newUpdates';

describe('new updates', () => {
  it('counts them in words', () => {
    expect(newUpdatesLabel(1)).toBe('1 new update');
    expect(newUpdatesLabel(4)).toBe('4 new updates');
  });

  it('puts the count before the title, and nothing when there is none', () => {
    expect(countedTitle('Storm Idris: live · Masthead', 3)).toBe('(3) Storm Idris: live · Masthead');
    expect(countedTitle('Storm Idris: live · Masthead', 0)).toBe('Storm Idris: live · Masthead');
  });
});
