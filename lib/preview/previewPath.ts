import type { ContentView } from '@/lib/content/contentView';
import { SLUG_PATTERN } from '@/lib/content/slug';

export type PathCheck = { ok: true; path: string } | { ok: false; reason: string };

const MAX_LENGTH = 200;

/**
 * Accepts only a plain internal path to a story that exists (draft, scheduled or published, so `view` must be a preview
 * view): `/<section>/<slug>`, or `/preview` for the editors' desk. Anything that could leave the site (`//host`,
 * `https:`, backslashes, percent-encoding, control characters) is refused, not repaired.
 */
export function checkPreviewPath(
  raw: string | null | undefined,
  view: Pick<ContentView, 'article' | 'problems'>,
): PathCheck {
  if (!raw) return { ok: true, path: '/preview' };
  if (raw.length > MAX_LENGTH) return { ok: false, reason: 'path is too long' };
  if (/[\\%\s\u0000-\u001f\u007f]/.test(raw))
    return { ok: false, reason: 'path may not contain backslashes, percent-encoding, spaces or control characters' };
  if (!raw.startsWith('/') || raw.startsWith('//'))
    return { ok: false, reason: 'path must be an internal path starting with a single "/"' };
  if (raw === '/preview') return { ok: true, path: raw };
  const parts = raw.split('/');
  if (parts.length !== 3 || !parts.slice(1).every((p) => SLUG_PATTERN.test(p))) {
    return { ok: false, reason: 'path must look like /<section>/<slug>' };
  }
  const [, section, slug] = parts as [string, string, string];
  const article = view.article(slug);
  if (article)
    return article.section === section
      ? { ok: true, path: raw }
      : { ok: false, reason: `the story is in /${article.section}` };
  // A draft with content errors is not in the index, but an editor must still be able to open it to see why.
  if (view.problems.some((p) => p.file.endsWith(`articles/${slug}.mdx`))) return { ok: true, path: raw };
  return { ok: false, reason: 'no story at that path' };
}

/** For "Exit preview": the internal path of the page the editor was on (same host only), or the front page. */
export function returnPathFromReferer(referer: string | null, host: string | null): string {
  if (!referer || !host) return '/';
  try {
    const url = new URL(referer);
    if (url.host !== host || url.pathname.startsWith('//') || url.pathname.startsWith('/api/')) return '/';
    return url.pathname;
  } catch {
    return '/';
  }
}
