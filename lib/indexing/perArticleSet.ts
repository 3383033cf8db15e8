import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';

/**
 * One build per set of visible stories. A reader view hands out the same `articles` array until a scheduled story falls
 * due, so a build runs once per public set (and again, from the new set, when it changes). A preview view's array is
 * new per request: callers index its `publicView()` instead, so a preview never starts a build. Callers arriving
 * while it runs wait for the same build; a failed build is not kept, so the next caller tries again instead of
 * failing until the next publish. Pass `builds` from globalThis when code bundled apart (a route and the proxy) must
 * share the builds.
 */
export function perArticleSet<T>(
  build: (view: ContentView) => Promise<T>,
  builds = new WeakMap<Article[], Promise<T>>(),
): (view: ContentView) => Promise<T> {
  return (view) => {
    let built = builds.get(view.articles);
    if (!built) {
      builds.set(view.articles, (built = build(view)));
      built.catch(() => builds.delete(view.articles));
    }
    return built;
  };
}
