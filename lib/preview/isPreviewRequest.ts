import { cookies, draftMode } from 'next/headers';
import { draftSecret } from './draftSecret';
import { PREVIEW_SESSION_COOKIE, sessionIsValid } from './previewSession';

/**
 * In preview only with Next's draft mode on and an unexpired session signed with today's
 * DRAFT_SECRET: rotating the secret ends every session at once, without a rebuild.
 */
export async function isPreviewRequest(): Promise<boolean> {
  if (!(await draftMode()).isEnabled) return false;
  return sessionIsValid((await cookies()).get(PREVIEW_SESSION_COOKIE)?.value, draftSecret());
}
