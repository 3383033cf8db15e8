import { draftMode } from 'next/headers';
import { type NextRequest, NextResponse } from 'next/server';
import { previewViewNow } from '@/lib/content/views';
import { draftSecretState, secretMatches } from '@/lib/preview/draftSecret';
import { checkPreviewPath } from '@/lib/preview/previewPath';

export const dynamic = 'force-dynamic';

const plain = (status: number, text: string) =>
  new NextResponse(`${text}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' },
  });

/** GET /api/draft?secret=…&path=/<section>/<slug> — enters preview and opens the story. */
export async function GET(request: NextRequest) {
  if (draftSecretState() !== 'ok') return plain(404, 'Not found');
  const params = request.nextUrl.searchParams;
  if (!secretMatches(params.get('secret'))) return plain(401, 'Wrong or missing preview secret.');
  // Fresh from disk: the story may have been written a moment ago.
  const check = checkPreviewPath(params.get('path'), previewViewNow());
  if (!check.ok) return plain(400, `Bad path: ${check.reason}.`);
  (await draftMode()).enable();
  return new NextResponse(null, {
    status: 307,
    headers: { location: check.path, 'cache-control': 'private, no-store' },
  });
}
