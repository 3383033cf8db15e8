import { previewViewNow, readerViewNow } from '@/lib/content/views';
import { draftSecret } from '@/lib/preview/draftSecret';
import { PREVIEW_SESSION_COOKIE, type PreviewGrant, sessionGrant } from '@/lib/preview/previewSession';
import { cookieValue } from './cookieHeader';
import { type GateDecision, gateRequest, type ImageRules } from './requestGate';

/** The preview grant a request's own session cookie carries, verified with today's DRAFT_SECRET; null for readers. */
export function grantOf(cookieHeader: string): PreviewGrant | null {
  return sessionGrant(cookieValue(cookieHeader, PREVIEW_SESSION_COOKIE), draftSecret());
}

/**
 * The request gate as scripts/server.mjs runs it: on the reader view of the content this process serves, and for one
 * story's preview link on what that link sees (read fresh, as the pages read it).
 */
export function gate(
  method: string,
  target: string,
  search: string,
  grant: PreviewGrant | null,
  build: { buildFile: (path: string) => boolean; images: ImageRules },
): GateDecision {
  const readers = readerViewNow();
  // The desk passes everything: only a story's link needs to know which story it opens.
  const view = grant?.kind === 'story' ? previewViewNow(grant.slug) : readers;
  return gateRequest(method, target, search, { readers, view, grant, ...build });
}
