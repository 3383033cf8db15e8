import { revalidateTag } from 'next/cache';
import { NextResponse } from 'next/server';
import { formatProblem } from '@/lib/content/problem';
import { rereadContent } from '@/lib/content/views';
import { contentChange } from '@/lib/publishing/cacheTags';
import { readCappedBody } from '@/lib/publishing/cappedBody';
import { announcePublish, firstUseAcrossInstances } from '@/lib/publishing/contentSync';
import { notifyPurgeHook } from '@/lib/publishing/purgeHook';
import { usableSecret } from '@/lib/publishing/secretStrength';
import {
  MAX_BODY_BYTES,
  MAX_CLOCK_SKEW_SECONDS,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifySignedBody,
} from '@/lib/publishing/signature';

export const dynamic = 'force-dynamic';

/** Signatures seen in the last five minutes: a replayed publish is refused. */
const seen = new Map<string, number>();

const json = (status: number, data: unknown) =>
  NextResponse.json(data, { status, headers: { 'cache-control': 'private, no-store' } });

/**
 * POST /api/revalidate — makes content changed on disk live without a rebuild. Signed with HMAC-SHA256 of
 * "<timestamp>.<body>" (REVALIDATE_SECRET); see `npm run publish`. Only what the change touches is regenerated, by
 * cache tag; a change that breaks the content contract is refused and nothing is swapped.
 */
export async function POST(request: Request) {
  const secret = usableSecret(process.env.REVALIDATE_SECRET);
  if (!secret) return json(404, { error: 'publishing is not configured' });
  const read = await readCappedBody(request, MAX_BODY_BYTES);
  if (!read.ok) return json(read.status, { error: read.reason });
  const verdict = verifySignedBody(
    read.body,
    { signature: request.headers.get(SIGNATURE_HEADER), timestamp: request.headers.get(TIMESTAMP_HEADER) },
    secret,
    Math.floor(Date.now() / 1000),
    seen,
  );
  if (!verdict.ok) return json(verdict.status, { error: verdict.reason });
  const signature = request.headers.get(SIGNATURE_HEADER) ?? '';
  if (!(await firstUseAcrossInstances(signature, MAX_CLOCK_SKEW_SECONDS)))
    return json(409, { error: 'this request was already received by another instance' });

  const reload = rereadContent();
  if (!reload.ok) {
    return json(422, {
      error: 'content has errors; nothing was published',
      problems: reload.problems.map(formatProblem),
    });
  }
  const change = contentChange(reload.before, reload.after);
  const shared = await announcePublish();
  for (const tag of change.tags) revalidateTag(tag, { expire: 0 });
  const purge = await notifyPurgeHook(change);
  return json(200, { ...change, instancesNotified: shared, purge });
}
