import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';

/**
 * One build per set of visible stories. A reader view hands out the same `articles` array until a scheduled story falls
 * due, so a build runs once per public set (and again, from the new set, when it changes); a preview view's array is
 * new per request, and so is its build. Callers arriving while it runs wait for the same build; a failed build is not
 * kept, so the next caller tries again instead of failing until the next publish.
 */
export function perArticleSet<T>(build: (view: ContentView) => Promise<T>): (view: ContentView) => Promise<T> {
  const builds = new WeakMap<Article[], Promise<T>>();
  return (view) => {
    let built = builds.get(view.articles);
    if (!built) {
      builds.set(view.articles, (built = build(view)));
      built.catch(() => builds.delete(view.articles));
    }
    return built;
  };
}
