import type { ContentChange } from './cacheTags';

/**
 * Tells a CDN what to purge after a publish: POST {tags, added, updated, removed} as JSON to
 * PURGE_WEBHOOK_URL (e.g. a small worker that maps tags to the CDN's surrogate keys). A slow or
 * failing hook never fails the publish; the CDN then catches up at s-maxage.
 */
export async function notifyPurgeHook(change: ContentChange): Promise<'sent' | 'skipped' | 'failed'> {
  const url = process.env.PURGE_WEBHOOK_URL;
  if (!url || change.tags.length === 0) return 'skipped';
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(change),
      signal: AbortSignal.timeout(3_000),
    });
    return response.ok ? 'sent' : 'failed';
  } catch {
    return 'failed';
  }
}
