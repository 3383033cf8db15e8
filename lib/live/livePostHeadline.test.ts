import { describe, expect, it } from 'vitest';
import { livePostHeadline } from './livePostHeadline';

describe('livePostHeadline', () => {
  it('is the title, or the time in the newsroom’s zone', () => {
    expect(livePostHeadline({ title: 'Gates shut', at: new Date() })).toBe('Gates shut');
    expect(livePostHeadline({ at: new Date('2026-07-01T12:00:00Z') })).toBe('Update at Wed 1 July 2026, 13:00 BST');
  });
});
