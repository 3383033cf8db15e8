import type { ContentIndex } from './buildIndex';
import type { ContentProblem } from './problem';
import type { PublisherRole } from './schema';
import type { Article, Author, LivePost, Section, StandardsPage, Topic } from './types';
import { type Audience, isVisibleTo, nextScheduledChange, readerAudience, seesEverything } from './visibility';

export interface TopicSummary extends Topic {
  count: number;
}

/** The content as one audience sees it. Every listing asks a view, so the gate is never forgotten. */
export interface ContentView {
  audience: Audience;
  /** Every content problem, for the editors' desk and a broken draft's error panel. */
  problems: ContentProblem[];
  /** Stories this audience may see, newest first. */
  articles: Article[];
  sections: Section[];
  authors: Author[];
  section(slug: string): Section | undefined;
  author(slug: string): Author | undefined;
  /** An author named by a story or post in the index: the cross-check let no unknown author through. */
  knownAuthor(slug: string): Author;
  /** The section of a story in the index: the cross-check let no unknown section through. */
  knownSection(slug: string): Section;
  article(slug: string): Article | undefined;
  /** The current story for an old slug listed in its `redirectFrom`. */
  redirectTarget(oldSlug: string): Article | undefined;
  sectionArticles(section: string): Article[];
  authorArticles(author: string): Article[];
  /** Topics used by visible stories, most used first. */
  topics(): TopicSummary[];
  topic(slug: string): TopicSummary | undefined;
  topicArticles(topic: string): Article[];
  /**
   * The posts of a story this audience may see, visible to it, newest first (a pinned post stays in
   * its place: the page lifts it). None when the story is not visible.
   */
  livePosts(storySlug: string): LivePost[];
  /** Visible stories flagged `breaking`, newest first. */
  breakingStories(): Article[];
  /** Standards pages (/about/<slug>); the same for every audience. */
  pages: StandardsPage[];
  page(slug: string): StandardsPage | undefined;
  /** The page that answers for each publisher role (correctionsPolicy, masthead, …). */
  publisherRoles: Map<PublisherRole, StandardsPage>;
  /**
   * The reader view whose search and related indexes this view uses: itself for readers; for a preview, the public
   * content the process serves. Preview re-reads the content per request, and indexing all of it again would cost
   * seconds at 10,000 stories per request: a draft is related against the public index instead, and not searchable.
   */
  publicView(): ContentView;
}

/** The public set only changes when a scheduled story or post falls due, so it is cached until then. */
interface PublicCache {
  from: number;
  until: number;
  articles: Article[];
  /** Public posts by story, filled on first ask. */
  livePosts: Map<string, LivePost[]>;
}
const publicCache = new WeakMap<ContentIndex, PublicCache>();

function publicSet(index: ContentIndex, audience: Audience): PublicCache {
  const now = audience.now.getTime();
  const hit = publicCache.get(index);
  if (hit && now >= hit.from && now < hit.until) return hit;
  const articles = index.articles.filter((a) => isVisibleTo(a, audience));
  const next = nextScheduledChange([...index.articles, ...index.livePosts], audience.now);
  const set = { from: now, until: next ? next.getTime() : Infinity, articles, livePosts: new Map() };
  publicCache.set(index, set);
  return set;
}

/** Whether a content file belongs to a story: the story's own file or one of its live posts. */
const isFileOf = (file: string, story: string) =>
  file.endsWith(`articles/${story}.mdx`) || file.includes(`live/${story}/`);

/** `publicView` gives a preview its reader view; without it, the reader view of the same index. */
export function createContentView(
  index: ContentIndex,
  audience: Audience,
  publicView?: () => ContentView,
): ContentView {
  const everything = seesEverything(audience);
  const cached = audience.preview ? undefined : publicSet(index, audience);
  const articles =
    cached?.articles ?? (everything ? index.articles : index.articles.filter((a) => isVisibleTo(a, audience)));
  const postsOf = (story: string): LivePost[] => {
    const all = index.livePostsByStory.get(story) ?? [];
    if (everything) return all;
    if (!cached) return all.filter((p) => isVisibleTo(p, audience));
    let posts = cached.livePosts.get(story);
    if (!posts) cached.livePosts.set(story, (posts = all.filter((p) => isVisibleTo(p, audience))));
    return posts;
  };
  let topics: TopicSummary[] | undefined;
  const view: ContentView = {
    audience,
    // A story link's holder sees that story's problems only: other files' names would reveal other drafts.
    problems: everything
      ? index.problems
      : index.problems.filter((p) => audience.story && isFileOf(p.file, audience.story)),
    articles,
    sections: index.sections,
    authors: index.authors,
    section: (slug) => index.sectionsBySlug.get(slug),
    author: (slug) => index.authorsBySlug.get(slug),
    knownAuthor: (slug) => known(index.authorsBySlug, slug, 'author'),
    knownSection: (slug) => known(index.sectionsBySlug, slug, 'section'),
    article: (slug) => {
      const article = index.articlesBySlug.get(slug);
      return article && isVisibleTo(article, audience) ? article : undefined;
    },
    redirectTarget: (oldSlug) => {
      const slug = index.redirects.get(oldSlug);
      return slug ? view.article(slug) : undefined;
    },
    sectionArticles: (section) => articles.filter((a) => a.section === section),
    authorArticles: (author) => articles.filter((a) => a.authors.includes(author)),
    topics: () => (topics ??= countTopics(articles)),
    topic: (slug) => view.topics().find((t) => t.slug === slug),
    topicArticles: (topic) => articles.filter((a) => a.topics.some((t) => t.slug === topic)),
    livePosts: (storySlug) => (view.article(storySlug) ? postsOf(storySlug) : []),
    breakingStories: () => articles.filter((a) => a.breaking),
    pages: index.pages,
    page: (slug) => index.pages.find((p) => p.slug === slug),
    publisherRoles: index.publisherRoles,
    publicView: () =>
      audience.preview ? (publicView?.() ?? createContentView(index, readerAudience(audience.now))) : view,
  };
  return view;
}

function known<T>(bySlug: ReadonlyMap<string, T>, slug: string, kind: string): T {
  const found = bySlug.get(slug);
  if (found === undefined)
    throw new Error(`No ${kind} "${slug}" in the content index: the cross-check should have refused it`);
  return found;
}

function countTopics(articles: Article[]): TopicSummary[] {
  const counts = new Map<string, TopicSummary>();
  for (const article of articles) {
    for (const t of article.topics) {
      const entry = counts.get(t.slug) ?? { ...t, count: 0 };
      entry.count++;
      counts.set(t.slug, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
