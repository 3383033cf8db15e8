import { SLUG_PATTERN } from '@/lib/content/slug';

/** The beacon's body is a story's slug and nothing else; the endpoint reads no more than this. */
export const MAX_VIEW_BODY_BYTES = 200;

/**
 * Declared bots and tools, and headless browsers: a crawler that runs the beacon is not a reader. Matched and
 * forgotten: the user agent is never stored.
 */
const NOT_A_READER = new RegExp(
  [
    String.raw`bot\b|bot/|crawl|spider|slurp|archiver|headless|lighthouse|pagespeed|prerender|phantom|selenium`,
    'puppeteer|playwright|curl/|wget/|python|java/|go-http|okhttp|axios|node-fetch|undici|httpclient',
    'libwww|facebookexternalhit|embedly|preview',
  ].join('|'),
  'i',
);

export type ViewRefusal = 'privacy-signal' | 'bot' | 'preview' | 'prefetch' | 'cross-site' | 'not-a-public-story';

interface ViewRequest {
  headers: Headers;
  /** The request body: the slug the beacon sent. */
  body: string;
  /** An editor in draft mode: what they open is work, not reading. */
  preview: boolean;
  /** The content door's answer (lib/content/views.ts): whether readers can see a story with this slug now. */
  isPublicStory: (slug: string) => boolean;
}

/**
 * Why a view must not be counted, or null to count it. A reader who asks not to be tracked (Global Privacy Control's
 * `Sec-GPC: 1`, Do Not Track's `DNT: 1`) is not counted even if a beacon got through; nor are bots, editors in
 * preview, prefetches, requests another site's page made, or any slug that is not a public story now, so no made-up
 * word can be put on the list.
 */
export function refuseView({ headers, body, preview, isPublicStory }: ViewRequest): ViewRefusal | null {
  if (headers.get('sec-gpc')?.trim() === '1' || headers.get('dnt')?.trim() === '1') return 'privacy-signal';
  const agent = headers.get('user-agent') ?? '';
  if (!agent.trim() || NOT_A_READER.test(agent)) return 'bot';
  if (preview) return 'preview';
  if (/prefetch|prerender/i.test(`${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''}`))
    return 'prefetch';
  // Another site's page cannot make its visitors' browsers count views here (browsers say where a request came from).
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return 'cross-site';
  const slug = body.trim();
  if (slug.length > MAX_VIEW_BODY_BYTES || !SLUG_PATTERN.test(slug) || !isPublicStory(slug))
    return 'not-a-public-story';
  return null;
}
