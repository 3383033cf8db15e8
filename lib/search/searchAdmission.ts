import type { RawSearchParams } from './parseSearchParams';

/**
 * Whether a /search request may go on to the page (false: answer the busy 503). The proxy asks; the server's start
 * (instrumentation.ts) provides the answer from lib/search/searchView.ts. They meet on globalThis because the proxy is
 * bundled on its own, and bundling the content loader into it would pull in the page cache's handler with it.
 */
export type SearchAdmission = (params: RawSearchParams) => Promise<boolean>;

const store = globalThis as typeof globalThis & { __mastheadSearchAdmission?: SearchAdmission };

export function provideSearchAdmission(admission: SearchAdmission): void {
  store.__mastheadSearchAdmission = admission;
}

/** The admission in force; before the server has provided one (never in production), every search goes on. */
export function searchAdmission(): SearchAdmission {
  return store.__mastheadSearchAdmission ?? (async () => true);
}
