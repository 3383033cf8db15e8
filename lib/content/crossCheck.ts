import { TOP_LEVEL_ROUTES } from '@/lib/routing/topLevelRoutes';
import type { ContentProblem } from './problem';
import { type ArticleFrontmatter, fieldName, type LivePostFrontmatter, type SectionFrontmatter } from './schema';
import { topicSlug } from './slug';
import type { Topic } from './types';
import type { Valid } from './validate';

/** Stage 4 for sections: a section may not shadow a route. */
export function checkSection({ file }: Valid<SectionFrontmatter>): ContentProblem[] {
  if (!(TOP_LEVEL_ROUTES as readonly string[]).includes(file.slug)) return [];
  const reserved = TOP_LEVEL_ROUTES.join(', ');
  const message = `section slug "${file.slug}" is a reserved route; rename the file (reserved: ${reserved})`;
  return [{ file: file.file, line: 1, column: 1, severity: 'error', message }];
}

const list = (slugs: string[]) => slugs.join(', ') || '(none)';

export interface Known {
  sections: string[];
  authors: string[];
  /** Every article file's slug, valid or not: a reference to a broken story is not a typo. */
  articles: Set<string>;
}

export interface ArticleLinks {
  topics: Topic[];
  problems: ContentProblem[];
}

/**
 * Stage 4 for articles: references to sections, authors and other stories exist, updates follow
 * publication, old slugs are free, and tags make distinct topic URLs. A topic keeps the name it was
 * first written with, so one topic has one name across stories.
 */
export function crossCheckArticles(articles: Valid<ArticleFrontmatter>[], known: Known): ArticleLinks[] {
  const sections = new Set(known.sections);
  const authors = new Set(known.authors);
  const topicNames = new Map<string, string>();
  const redirects = new Map<string, string>();

  return articles.map(({ file, data, severity }) => {
    const problems: ContentProblem[] = [];
    const report = (path: PropertyKey[], message: string) => {
      const { line, column } = file.parsed.positionOf(path);
      problems.push({ file: file.file, line, column, severity, field: fieldName(path), message });
    };
    if (file.slug === 'page')
      report([], 'the article slug "page" is reserved for listing pages (/<section>/page/2); rename the file');
    if (!sections.has(data.section))
      report(['section'], `"${data.section}" is not a section; known: ${list(known.sections)}`);
    data.authors.forEach((slug, i) => {
      if (!authors.has(slug)) report(['authors', i], `"${slug}" is not an author; known: ${list(known.authors)}`);
    });
    data.updates.forEach((u, i) => {
      if (u.at <= data.publishedAt)
        report(['updates', i, 'at'], `must be after publishedAt (${data.publishedAt.toISOString()})`);
    });
    if (data.liveUntil && data.format !== 'live')
      report(['liveUntil'], 'only a live story has liveUntil: set format: live, or remove liveUntil');
    else if (data.liveUntil && data.liveUntil <= data.publishedAt)
      report(['liveUntil'], `must be after publishedAt (${data.publishedAt.toISOString()})`);
    data.related.forEach((slug, i) => {
      if (slug === file.slug) report(['related', i], 'an article cannot be related to itself');
      else if (!known.articles.has(slug))
        report(['related', i], `"${slug}" is not an article; use the file name of an article in content/articles/`);
    });
    data.redirectFrom.forEach((slug, i) => {
      const claimed = redirects.get(slug);
      if (known.articles.has(slug))
        report(['redirectFrom', i], `"${slug}" is the slug of an existing article, so it cannot redirect`);
      else if (claimed && claimed !== file.slug)
        report(['redirectFrom', i], `"${slug}" already redirects to "${claimed}"`);
      else redirects.set(slug, file.slug);
    });
    const topics: Topic[] = [];
    data.tags.forEach((name, i) => {
      const slug = topicSlug(name);
      if (!slug) return report(['tags', i], `"${name}" has no letters or digits to make a topic URL from`);
      if (topics.some((t) => t.slug === slug)) return report(['tags', i], `"${name}" repeats a topic already listed`);
      const first = topicNames.get(slug) ?? name;
      topicNames.set(slug, first);
      topics.push({ slug, name: first });
    });
    return { topics, problems };
  });
}

/** A validated post with the story its folder names. */
export type ValidLivePost = Valid<LivePostFrontmatter> & { story: string };

export interface KnownStories {
  authors: string[];
  /** Every article file's slug, valid or not: a post of a broken story is not misplaced. */
  articles: Set<string>;
  /** The stories whose frontmatter is valid. */
  valid: Map<string, Pick<ArticleFrontmatter, 'format' | 'publishedAt' | 'liveUntil'>>;
}

/**
 * Stage 4 for live posts: the folder names a live story, the post falls within its coverage, authors
 * exist, a key event has a title, and a story pins one post at most. The pin goes to a published post
 * before a draft, so a draft can never make a published post an error.
 */
export function crossCheckLivePosts(posts: ValidLivePost[], known: KnownStories): ContentProblem[][] {
  const authors = new Set(known.authors);
  const pinnedBy = new Map<string, ValidLivePost>();
  const pinOrder = posts
    .filter((p) => p.data.pinned)
    .sort((a, b) => Number(a.data.status === 'draft') - Number(b.data.status === 'draft'));
  for (const post of pinOrder) if (!pinnedBy.has(post.story)) pinnedBy.set(post.story, post);

  return posts.map((post) => {
    const { file, data, severity, story } = post;
    const problems: ContentProblem[] = [];
    const report = (path: PropertyKey[], message: string) => {
      const { line, column } = path.length ? file.parsed.positionOf(path) : { line: 1, column: 1 };
      problems.push({ file: file.file, line, column, severity, field: fieldName(path) || undefined, message });
    };
    const parent = known.valid.get(story);
    if (!known.articles.has(story))
      report([], `"${story}" is not a story: name the folder live/<story-slug>/ after a file in content/articles/`);
    else if (parent && parent.format !== 'live')
      report([], `"${story}" is not a live story: set format: live in its frontmatter to give it posts`);
    else if (parent) {
      if (data.at < parent.publishedAt)
        report(['at'], `is before the story's publishedAt (${parent.publishedAt.toISOString()})`);
      if (parent.liveUntil && data.at > parent.liveUntil)
        report(['at'], `is after the story's liveUntil (${parent.liveUntil.toISOString()}): the coverage has ended`);
    }
    data.authors?.forEach((slug, i) => {
      if (!authors.has(slug)) report(['authors', i], `"${slug}" is not an author; known: ${list(known.authors)}`);
    });
    if (data.key && !data.title) report(['key'], 'a key event needs a title: add title: "…"');
    const pin = pinnedBy.get(story);
    if (data.pinned && pin && pin !== post)
      report(['pinned'], `a story pins one post at most; ${pin.file.file} is already pinned`);
    return problems;
  });
}
