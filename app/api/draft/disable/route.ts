import { cookies, draftMode } from 'next/headers';
import { type NextRequest, NextResponse } from 'next/server';
import { draftSecretState } from '@/lib/preview/draftSecret';
import { returnPathFromReferer } from '@/lib/preview/previewPath';
import { PREVIEW_SESSION_COOKIE } from '@/lib/preview/previewSession';

export const dynamic = 'force-dynamic';

/** GET /api/draft/disable — leaves preview and goes back to the page the editor was on. */
export async function GET(request: NextRequest) {
  if (draftSecretState() !== 'ok') return new NextResponse('Not found\n', { status: 404 });
  (await draftMode()).disable();
  (await cookies()).delete(PREVIEW_SESSION_COOKIE);
  const back = returnPathFromReferer(request.headers.get('referer'), request.headers.get('host'));
  // A story that was only visible in preview would now be a 404: go to the front page instead.
  const target = back === '/preview' ? '/' : back;
  return new NextResponse(null, { status: 307, headers: { location: target, 'cache-control': 'private, no-store' } });
}
