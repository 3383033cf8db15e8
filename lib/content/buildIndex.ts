import type { ContentProblem } from './problem';
import type { PublisherRole } from './schema';
import type { StandardsPages } from './standardsPages';
import type { Article, Author, LivePost, Section, StandardsPage } from './types';

export interface ContentIndex {
  sections: Section[];
  authors: Author[];
  /** Every valid article, drafts and scheduled ones included, newest first. */
  articles: Article[];
  sectionsBySlug: Map<string, Section>;
  authorsBySlug: Map<string, Author>;
  articlesBySlug: Map<string, Article>;
  /** Every valid live post, drafts and scheduled ones included. */
  livePosts: LivePost[];
  /** Story slug -> its posts, newest first. */
  livePostsByStory: Map<string, LivePost[]>;
  /** Old slug -> current article slug, from `redirectFrom`. */
  redirects: Map<string, string>;
  /** Standards pages (content/pages), and which one answers for each publisher role. */
  pages: StandardsPage[];
  publisherRoles: Map<PublisherRole, StandardsPage>;
  /** Sorted by file, line and column. */
  problems: ContentProblem[];
}

/** Stage 6: sorted lists and lookups, so every query on a view is a map read or a filter. */
export function buildIndex(
  sections: Section[],
  authors: Author[],
  articles: Article[],
  problems: ContentProblem[],
  standards: Pick<StandardsPages, 'pages' | 'roles'> = { pages: [], roles: new Map() },
  livePosts: LivePost[] = [],
): ContentIndex {
  const livePostsByStory = new Map<string, LivePost[]>();
  // Newest first; posts at the same minute keep their file order (reversed), so the later-named file leads.
  const newestFirst = [...livePosts].sort((a, b) => b.at.getTime() - a.at.getTime() || b.slug.localeCompare(a.slug));
  for (const post of newestFirst) {
    const posts = livePostsByStory.get(post.story);
    if (posts) posts.push(post);
    else livePostsByStory.set(post.story, [post]);
  }
  const redirects = new Map<string, string>();
  for (const article of articles) for (const old of article.redirectFrom) redirects.set(old, article.slug);
  return {
    sections: [...sections].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug)),
    authors,
    articles: [...articles].sort(
      (a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug),
    ),
    sectionsBySlug: new Map(sections.map((s) => [s.slug, s])),
    authorsBySlug: new Map(authors.map((a) => [a.slug, a])),
    articlesBySlug: new Map(articles.map((a) => [a.slug, a])),
    livePosts,
    livePostsByStory,
    redirects,
    pages: standards.pages,
    publisherRoles: standards.roles,
    problems: [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column),
  };
}
