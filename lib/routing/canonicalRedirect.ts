import type { ContentView } from '@/lib/content/contentView';
import { SLUG_PATTERN } from '@/lib/content/slug';
import { articlePath } from '@/lib/content/types';
import { APP_ROUTES } from './routes';

/**
 * Where a request for `pathname` should permanently go, or null to serve it as is.
 * Always one hop: the target is the story's current URL, never another redirect.
 * - `/City/Some-Story` -> `/city/some-story` (only when the lowercased path is a real story or section)
 * - `/<wrong section>/<slug>` -> `/<section>/<slug>` (a story that moved section)
 * - `/<any section>/<old slug>` -> the story that lists the old slug in `redirectFrom`
 */
export function canonicalRedirect(
  pathname: string,
  view: Pick<ContentView, 'article' | 'redirectTarget' | 'section'>,
): string | null {
  const parts = pathname.split('/');
  if (parts.length === 2 && parts[1] !== parts[1]!.toLowerCase()) {
    const lower = parts[1]!.toLowerCase();
    return SLUG_PATTERN.test(lower) && view.section(lower) ? `/${lower}` : null;
  }
  if (parts.length !== 3 || parts[0] !== '') return null;
  const [, first, second] = parts as [string, string, string];
  const section = first.toLowerCase();
  const slug = second.toLowerCase();
  if (Object.hasOwn(APP_ROUTES, section) || !SLUG_PATTERN.test(section) || !SLUG_PATTERN.test(slug)) return null;
  const article = view.article(slug) ?? view.redirectTarget(slug);
  if (!article) return null;
  const target = articlePath(article);
  return target === pathname ? null : target;
}
