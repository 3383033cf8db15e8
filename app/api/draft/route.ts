import { cookies, draftMode } from 'next/headers';
import { type NextRequest, NextResponse } from 'next/server';
import { previewViewNow } from '@/lib/content/views';
import { draftSecret } from '@/lib/preview/draftSecret';
import { verifyPreviewLink } from '@/lib/preview/previewLink';
import { checkPreviewPath } from '@/lib/preview/previewPath';
import { sessionCookie } from '@/lib/preview/previewSession';

export const dynamic = 'force-dynamic';

const plain = (status: number, text: string) =>
  new NextResponse(`${text}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' },
  });

/** GET /api/draft?path=…&expires=…&sig=… (from `npm run preview-link`) — enters preview and opens the path. */
export async function GET(request: NextRequest) {
  const secret = draftSecret();
  if (!secret) return plain(404, 'Not found');
  const params = request.nextUrl.searchParams;
  const link = verifyPreviewLink(
    { path: params.get('path'), expires: params.get('expires'), sig: params.get('sig') },
    secret,
  );
  if (!link.ok) return plain(401, `This preview link is not valid (${link.reason}). Ask for a fresh one.`);
  // Fresh from disk: the story may have been written a moment ago.
  const check = checkPreviewPath(link.path, previewViewNow());
  if (!check.ok) return plain(400, `Bad path: ${check.reason}.`);
  (await draftMode()).enable();
  (await cookies()).set(sessionCookie(secret, request.nextUrl.hostname));
  return new NextResponse(null, {
    status: 307,
    headers: { location: check.path, 'cache-control': 'private, no-store' },
  });
}
