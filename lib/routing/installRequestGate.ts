import { readerViewNow } from '@/lib/content/views';
import { type GateDecision, gateRequest } from './requestGate';

/** How scripts/server.mjs (plain Node, outside the Next.js bundles) reaches the gate in-process. */
export type RequestGate = (method: string, pathname: string, cookieHeader: string) => GateDecision;
const store = globalThis as typeof globalThis & { __mastheadRequestGate?: RequestGate };

/** Draft mode's cookie; only an editor who passed /api/draft has it. */
const PREVIEW_COOKIE = /(?:^|;\s*)__prerender_bypass=/;

/**
 * Publishes the gate for the production server, which runs it before handing a request to
 * Next.js: a Map lookup there costs microseconds, where a Next.js proxy.ts on every request cost
 * about 40% of the throughput of serving a prerendered page (bench/RESULTS.md, 2026-11-26).
 */
export function installRequestGate(): void {
  store.__mastheadRequestGate = (method, pathname, cookieHeader) =>
    gateRequest(method, pathname, PREVIEW_COOKIE.test(cookieHeader), readerViewNow());
}
