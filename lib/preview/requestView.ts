import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { site } from '@/lib/config/site';
import { contentSources } from '@/lib/content/contentIndex';
import { type ContentView, createContentView, readerView } from '@/lib/content/contentView';
import { loadContent } from '@/lib/content/loadContent';
import { previewAudience } from '@/lib/content/visibility';
import { isPreviewRequest } from './isPreviewRequest';

/**
 * Segment `revalidate` must be a literal, so the publishing interval is set here instead: a
 * page that reads this cached value regenerates at most `publishIntervalSeconds` after it was
 * rendered, which is what lets a scheduled story appear without a rebuild.
 */
const publishingTick = unstable_cache(async () => Date.now(), ['masthead-publishing-tick'], {
  revalidate: site.publishIntervalSeconds,
  tags: ['schedule'],
});

/** What readers see, for routes that never preview (feeds, sitemaps, cards); regenerates like pages. */
export async function getReaderView(): Promise<ContentView> {
  await publishingTick();
  return readerView();
}

/**
 * The content this request may see. Readers get the validated index loaded once per process;
 * an editor in draft mode gets everything, re-read from disk so an edit shows on reload.
 */
export const getRequestView = cache(async (): Promise<ContentView> => {
  if (!(await isPreviewRequest())) return getReaderView();
  // Re-read from disk, but only files changed since the last preview request are parsed again.
  const index = loadContent({ contentDir: site.contentDir, publicDir: site.publicDir, sourceCache: contentSources() });
  return createContentView(index, previewAudience());
});
