import { getContentIndex } from './contentIndex';
import type { ContentIndex } from './loadContent';
import type { Article, Author, Section, Topic } from './types';
import { isVisibleTo, nextScheduledChange, readerAudience, type Audience } from './visibility';

/** The public set only changes when a scheduled story falls due, so it is cached until then. */
interface VisibleCache {
  from: number;
  until: number;
  articles: Article[];
}
const publicCache = new WeakMap<ContentIndex, VisibleCache>();

/** Stories this audience may see, newest first. Every listing goes through here. */
export function getVisibleArticles(audience: Audience = readerAudience(), index = getContentIndex()): Article[] {
  if (audience.preview) return index.articles;
  const now = audience.now.getTime();
  const hit = publicCache.get(index);
  if (hit && now >= hit.from && now < hit.until) return hit.articles;
  const articles = index.articles.filter((a) => isVisibleTo(a, audience));
  const next = nextScheduledChange(index.articles, audience.now);
  publicCache.set(index, { from: now, until: next ? next.getTime() : Infinity, articles });
  return articles;
}

export function getPublicArticles(now = new Date()): Article[] {
  return getVisibleArticles(readerAudience(now));
}

export function getArticle(slug: string, audience: Audience = readerAudience()): Article | undefined {
  const article = getContentIndex().articlesBySlug.get(slug);
  return article && isVisibleTo(article, audience) ? article : undefined;
}

/** The current slug for an old one listed in some article's `redirectFrom`. */
export function getRedirectTarget(oldSlug: string, audience: Audience = readerAudience()): Article | undefined {
  const slug = getContentIndex().redirects.get(oldSlug);
  return slug ? getArticle(slug, audience) : undefined;
}

export function getSections(): Section[] {
  return getContentIndex().sections;
}

export function getSection(slug: string): Section | undefined {
  return getContentIndex().sectionsBySlug.get(slug);
}

export function getAuthors(): Author[] {
  return getContentIndex().authors;
}

export function getAuthor(slug: string): Author | undefined {
  return getContentIndex().authorsBySlug.get(slug);
}

export function getSectionArticles(section: string, audience: Audience = readerAudience()): Article[] {
  return getVisibleArticles(audience).filter((a) => a.section === section);
}

export function getAuthorArticles(author: string, audience: Audience = readerAudience()): Article[] {
  return getVisibleArticles(audience).filter((a) => a.authors.includes(author));
}

export interface TopicSummary extends Topic {
  count: number;
}

/** Topics used by visible stories, most used first. */
export function getTopics(audience: Audience = readerAudience()): TopicSummary[] {
  const counts = new Map<string, TopicSummary>();
  for (const article of getVisibleArticles(audience)) {
    for (const t of article.topics) {
      const entry = counts.get(t.slug) ?? { ...t, count: 0 };
      entry.count++;
      counts.set(t.slug, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function getTopicArticles(topic: string, audience: Audience = readerAudience()): Article[] {
  return getVisibleArticles(audience).filter((a) => a.topics.some((t) => t.slug === topic));
}
