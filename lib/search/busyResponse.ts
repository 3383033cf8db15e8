/**
 * The answer to a search the instance's budget refused (lib/search/searchBudget.ts): a few hundred bytes, made without
 * a render, kept by no cache, and telling well-behaved clients and proxies when to come back.
 */
export const RETRY_AFTER_SECONDS = 2;

const BODY =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search is busy</title>' +
  '<meta name="robots" content="noindex"></head><body><h1>Search is busy</h1>' +
  '<p>Too many searches are running right now. Please try again in a few seconds.</p>' +
  '<p><a href="/">Go to the front page</a></p></body></html>\n';

export function busyResponse(): Response {
  return new Response(BODY, {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'retry-after': String(RETRY_AFTER_SECONDS),
    },
  });
}
