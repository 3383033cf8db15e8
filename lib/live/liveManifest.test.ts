import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { liveManifest, liveManifestPath } from './liveManifest';
import { livePostRun } from './testing/livePostRun';

const now = new Date('2026-11-28T12:00:00Z');

describe('the live manifest', () => {
  it('names the newest post and counts them while the coverage runs', () => {
    const story = articleStub('storm-live', { format: 'live' });
    expect(liveManifest(story, livePostRun('storm-live', 3), now)).toEqual({ live: true, newest: 'post-3', count: 3 });
    expect(JSON.stringify(liveManifest(story, livePostRun('storm-live', 3), now))).toBe(
      '{"live":true,"newest":"post-3","count":3}',
    );
  });

  it('says when the coverage has ended', () => {
    const ended = articleStub('storm-live', { format: 'live', liveUntil: new Date('2026-11-28T11:59:00Z') });
    expect(liveManifest(ended, livePostRun('storm-live', 2), now)).toEqual({ live: false, newest: 'post-2', count: 2 });
  });

  it('has no newest post before the first one', () => {
    expect(liveManifest(articleStub('quiet', { format: 'live' }), [], now)).toEqual({
      live: true,
      newest: null,
      count: 0,
    });
  });

  it('lives beside the story', () => {
    expect(liveManifestPath({ section: 'city', slug: 'storm-live' })).toBe('/city/storm-live/live.json');
  });
});
