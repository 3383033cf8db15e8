import { cookies, draftMode } from 'next/headers';
import { draftSecret } from './draftSecret';
import { PREVIEW_SESSION_COOKIE, type PreviewGrant, sessionGrant } from './previewSession';

/**
 * What this request may preview: nothing without Next's draft mode on and an unexpired session signed with today's
 * DRAFT_SECRET (rotating the secret ends every session at once, without a rebuild); otherwise the session's grant.
 */
export async function requestGrant(): Promise<PreviewGrant | null> {
  if (!(await draftMode()).isEnabled) return null;
  return sessionGrant((await cookies()).get(PREVIEW_SESSION_COOKIE)?.value, draftSecret());
}
