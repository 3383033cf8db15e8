import { withoutCookies } from '@/lib/routing/cookieHeader';

/**
 * Every name Masthead takes from Next.js's internals, in one place: none of these is a public API, so each may change
 * in any release. Checked against the version below; nextInternals.test.ts fails on any other version until this
 * list has been checked again.
 *
 * Upgrade checklist (then bump NEXT_VERSION_CHECKED):
 * 1. Draft mode still sets DRAFT_MODE_COOKIE (node_modules/next/dist/server/async-storage/draft-mode-provider.js) and
 *    bypasses the page cache on it; __next_preview_data is still its Pages Router companion (api-utils/index.js).
 * 2. Generated pages and route handlers still reach the cache handler as CACHE_KIND.page / .route values carrying
 *    `html`, `status` and `headers[CACHE_TAGS_HEADER]` (server/response-cache/types.d.ts).
 * 3. FILE_SYSTEM_CACHE_MODULE still exists and is the default cache handler (cache-handler.mjs extends it).
 * 4. The App Router still streams its payload as inline `RSC_PAYLOAD_MARKER.push(…)` scripts and loads chunks with
 *    `<script src="/_next/…">` (lib/html/stripFrameworkRuntime.ts; its captured pages in lib/html/testing/).
 * 5. `npm test`: e2e/html-first.spec.ts, e2e/preview.spec.ts, e2e/cache-bound.spec.ts and e2e/redis.spec.ts pass.
 */
export const NEXT_VERSION_CHECKED = '16.4.6';

/** The cookie `draftMode().enable()` sets; its value is the build's preview mode id. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass';
/** Every cookie by which Next.js decides a request is in draft or preview mode. */
export const DRAFT_MODE_COOKIES: readonly string[] = [DRAFT_MODE_COOKIE, '__next_preview_data'];

/** The header in which Next.js records a generated page's or route's cache tags. */
export const CACHE_TAGS_HEADER = 'x-next-cache-tags';
/** The `kind` of the cache values for App Router pages and route handlers. */
export const CACHE_KIND = { page: 'APP_PAGE', route: 'APP_ROUTE' } as const;

/** Next.js's default (file-system) cache handler, which cache-handler.mjs imports (by this literal) and extends. */
export const FILE_SYSTEM_CACHE_MODULE = 'next/dist/server/lib/incremental-cache/file-system-cache.js';

/** The start of the App Router's inline payload scripts. */
export const RSC_PAYLOAD_MARKER = 'self.__next_f';

/**
 * A Cookie header without Next.js's draft-mode cookies. The server hands Next.js this header for every request without
 * a valid preview session of ours, so a draft-mode cookie alone (fixed for the build, surviving a rotated
 * DRAFT_SECRET) opens nothing: no draft, no cache bypass, no framework runtime.
 */
export function withoutDraftModeCookies(cookieHeader: string): string {
  return withoutCookies(cookieHeader, DRAFT_MODE_COOKIES);
}
