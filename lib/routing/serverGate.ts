import { readerViewNow } from '@/lib/content/views';
import { hasDraftModeCookie } from './draftModeCookie';
import { type GateDecision, gateRequest } from './requestGate';

/** The request gate as scripts/server.mjs runs it: on the reader view of the content this process serves. */
export function gate(
  method: string,
  pathname: string,
  search: string,
  cookieHeader: string,
  previewModeId: string,
): GateDecision {
  return gateRequest(method, pathname, search, hasDraftModeCookie(cookieHeader, previewModeId), readerViewNow());
}
