/**
 * Which load of the site's content this process serves: 0 at start, one more at every swap (a publish here
 * or on another instance). A render records the load it read as a cache tag (getReaderView), and the page
 * cache (cache-handler.mjs) refuses a render made from an older load. Without this, a regeneration that
 * began before a publish and ended after its revalidateTag would be stored as fresh, and serve the old
 * content until the publishing interval.
 *
 * The counter lives on globalThis: Next.js bundles a copy of this module per route, the cache handler another.
 */
const store = globalThis as typeof globalThis & { __mastheadContentLoad?: number };
const PREFIX = 'content-load:';

export const currentContentLoad = (): number => store.__mastheadContentLoad ?? 0;

export function countContentLoad(): void {
  store.__mastheadContentLoad = currentContentLoad() + 1;
}

export const contentLoadTag = (load: number): string => `${PREFIX}${load}`;

/** Whether a render's cache tags show that it read older content than this process serves now. */
export function renderedFromOlderContent(tags: readonly string[], current = currentContentLoad()): boolean {
  return tags.some((tag) => tag.startsWith(PREFIX) && Number(tag.slice(PREFIX.length)) < current);
}
