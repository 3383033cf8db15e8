import { unstable_cache } from 'next/cache';
import { site } from '@/lib/config/site';

/**
 * Attaches cache tags to the page being rendered: a cached no-op carrying the tags, which Next.js
 * adds to the page's own cache entry. revalidateTag on any of them regenerates the page.
 */
export async function tagPage(pageTags: string[]): Promise<void> {
  const sorted = [...new Set(pageTags)].sort();
  await unstable_cache(async () => true, ['page-tags', ...sorted], {
    tags: sorted,
    revalidate: site.publishIntervalSeconds,
  })();
}
