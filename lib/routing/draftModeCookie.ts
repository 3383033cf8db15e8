import { signatureMatches } from '@/lib/preview/signing';

/** The cookie Next.js's draftMode().enable() sets; its value is the build's preview mode id. */
const DRAFT_COOKIE = '__prerender_bypass';

/**
 * Whether the request carries a valid draft-mode cookie, checked as Next.js checks it: the value must equal this
 * build's preview mode id (prerender-manifest.json). A forged or stale cookie (from another build) counts as no cookie.
 */
export function hasDraftModeCookie(cookieHeader: string, previewModeId: string): boolean {
  if (!previewModeId) return false;
  for (const pair of cookieHeader.split(';')) {
    const eq = pair.indexOf('=');
    if (eq === -1 || pair.slice(0, eq).trim() !== DRAFT_COOKIE) continue;
    if (signatureMatches(pair.slice(eq + 1).trim(), previewModeId)) return true;
  }
  return false;
}
