import { describe, expect, it } from 'vitest';
import { articlePath, livePostPath } from './types';

describe('paths on the site', () => {
  it('a story lives under its section, a live post under its story', () => {
    const story = { section: 'city', slug: 'warehouse-fire-live' };
    expect(articlePath(story)).toBe('/city/warehouse-fire-live');
    expect(livePostPath(story, { slug: '20261125-0540' })).toBe('/city/warehouse-fire-live/posts/20261125-0540');
  });
});
