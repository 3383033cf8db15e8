import { draftMode } from 'next/headers';
import { readerViewNow } from '@/lib/content/views';
import { MAX_VIEW_BODY_BYTES } from '@/lib/mostRead/countRules';
import { ViewCounter } from '@/lib/mostRead/viewCounter';
import { viewStore } from '@/lib/mostRead/viewStore';
import { readCappedBody } from '@/lib/publishing/cappedBody';

export const dynamic = 'force-dynamic';

const state = globalThis as typeof globalThis & { __mastheadViewCounter?: ViewCounter };
const counter = () => (state.__mastheadViewCounter ??= new ViewCounter(viewStore()));

/** Answers set no cookie and are never cached: nothing in them is about the reader. */
const answer = (status: number) => new Response(null, { status, headers: { 'cache-control': 'private, no-store' } });

/**
 * POST /api/views — the view beacon (components/ViewBeacon.island.ts) counts one reading of a story: the body is its
 * slug. 202 counted; 204 not counted (privacy signal, bot, preview, prefetch, another site, not a public story: see
 * lib/mostRead/countRules.ts); 429 over a rate limit; 411/413 without a length or over MAX_VIEW_BODY_BYTES (unread).
 */
export async function POST(request: Request) {
  const read = await readCappedBody(request, MAX_VIEW_BODY_BYTES);
  if (!read.ok) return answer(read.status);
  const preview = (await draftMode()).isEnabled;
  const readers = readerViewNow();
  const outcome = await counter().record(
    { headers: request.headers, body: read.body, preview },
    (slug) => !!readers.article(slug),
    new Date(),
  );
  return answer(outcome === 'counted' ? 202 : outcome === 'rate-limited' ? 429 : 204);
}
