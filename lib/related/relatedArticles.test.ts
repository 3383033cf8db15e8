import { describe, expect, it, vi } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { viewOf } from '@/lib/content/testing/viewOf';
import { previewAudience, readerAudience } from '@/lib/content/visibility';
import { getRelatedArticles, relatedIndexOf } from './relatedArticles';
import { buildRelatedIndexInSlices } from './relatedIndex';

vi.mock('./relatedIndex', async (actual) => {
  const real = await actual<typeof import('./relatedIndex')>();
  return { ...real, buildRelatedIndexInSlices: vi.fn(real.buildRelatedIndexInSlices) };
});

const now = new Date('2026-12-01T12:00:00Z');
const topic = (name: string) => ({ name, slug: name.toLowerCase() });
const published = [
  articleStub('flood-barrier-opens', {
    topics: [topic('Floods')],
    body: 'The flood barrier closed against the surge.',
  }),
  articleStub('storm-surge-warning', {
    topics: [topic('Floods')],
    body: 'A storm surge warning: the barrier will close.',
  }),
  articleStub('harbour-pumps-fail', { topics: [topic('Floods')], body: 'Harbour pumps failed during the surge.' }),
  articleStub('rovers-win-cup', { section: 'sport', body: 'The Rovers won the cup with a late goal.' }),
];
const draft = (body: string) =>
  articleStub('barrier-inquiry', { status: 'draft', topics: [topic('Floods')], body, publishedAt: now });

describe('related lists in preview', () => {
  it('two preview requests that differ in one draft build no index: both rank against the public one', async () => {
    const readers = viewOf({ articles: published }, readerAudience(now));
    const first = viewOf(
      { articles: [...published, draft('Why the barrier closed late.')] },
      previewAudience(now),
      () => readers,
    );
    const second = viewOf(
      { articles: [...published, draft('Why the flood barrier closed late, and who knew.')] },
      previewAudience(now),
      () => readers,
    );
    expect(first.articles).not.toBe(second.articles);
    const builds = vi.mocked(buildRelatedIndexInSlices);
    builds.mockClear();
    const index = await relatedIndexOf(readers);
    expect(await relatedIndexOf(first)).toBe(index);
    expect(await relatedIndexOf(second)).toBe(index);
    expect(builds).toHaveBeenCalledTimes(1);
    expect(index.articles.map((a) => a.slug)).toEqual([
      'flood-barrier-opens',
      'harbour-pumps-fail',
      'rovers-win-cup',
      'storm-surge-warning',
    ]);
  });

  it('lists only public stories for a draft, ranked as if it were published', async () => {
    const readers = viewOf({ articles: published }, readerAudience(now));
    const preview = viewOf(
      { articles: [...published, draft('The flood barrier and the surge.')] },
      previewAudience(now),
      () => readers,
    );
    const related = await getRelatedArticles(preview, preview.article('barrier-inquiry')!);
    expect(
      related
        .map((a) => a.slug)
        .slice(0, 3)
        .sort(),
    ).toEqual(['flood-barrier-opens', 'harbour-pumps-fail', 'storm-surge-warning']);
    expect(related.map((a) => a.slug)).not.toContain('barrier-inquiry');
  });

  it('a preview view without a public view of its own indexes the public stories of its content', async () => {
    const preview = viewOf({ articles: [...published, draft('Barrier.')] }, previewAudience(now));
    expect(preview.publicView().articles.map((a) => a.slug)).not.toContain('barrier-inquiry');
    expect(preview.publicView().audience.preview).toBe(false);
    const readers = viewOf({ articles: published }, readerAudience(now));
    expect(readers.publicView()).toBe(readers);
  });
});
