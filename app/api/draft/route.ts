import { cookies, draftMode } from 'next/headers';
import { type NextRequest, NextResponse } from 'next/server';
import { previewViewNow } from '@/lib/content/views';
import { DRAFT_MODE_COOKIE } from '@/lib/framework/nextInternals';
import { draftSecret } from '@/lib/preview/draftSecret';
import { verifyPreviewLink } from '@/lib/preview/previewLink';
import { checkPreviewPath } from '@/lib/preview/previewPath';
import { grantOfPath, secureCookies, sessionCookie } from '@/lib/preview/previewSession';

export const dynamic = 'force-dynamic';

const plain = (status: number, text: string) =>
  new NextResponse(`${text}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' },
  });

/**
 * GET /api/draft?path=…&expires=…&sig=… (from `npm run preview-link`) — enters preview and opens the path.
 * The session it starts opens what the link names (one story, or the desk) and lasts no longer than the link.
 */
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
  const grant = grantOfPath(check.path);
  if (!grant) return plain(400, 'Bad path: a preview link opens one story or the desk.');
  (await draftMode()).enable();
  const jar = await cookies();
  jar.set(sessionCookie(secret, grant, { until: link.expires }));
  // Next.js sets its draft-mode cookie SameSite=None; it opens nothing without our session, and goes out Lax.
  const bypass = jar.get(DRAFT_MODE_COOKIE)?.value;
  if (bypass)
    jar.set({
      name: DRAFT_MODE_COOKIE,
      value: bypass,
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookies(),
      path: '/',
    });
  return new NextResponse(null, {
    status: 307,
    headers: { location: check.path, 'cache-control': 'private, no-store' },
  });
}
