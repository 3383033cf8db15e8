import type { ContentProblem } from './problem';
import type { ArticleFrontmatter, SectionFrontmatter } from './schema';
import { RESERVED_SECTION_SLUGS, topicSlug } from './slug';
import type { Topic } from './types';
import type { Valid } from './validate';

/** Stage 4 for sections: a section may not shadow a route. */
export function checkSection({ file }: Valid<SectionFrontmatter>): ContentProblem[] {
  if (!(RESERVED_SECTION_SLUGS as readonly string[]).includes(file.slug)) return [];
  const reserved = RESERVED_SECTION_SLUGS.join(', ');
  const message = `section slug "${file.slug}" is a reserved route; rename the file (reserved: ${reserved})`;
  return [{ file: file.file, line: 1, column: 1, severity: 'error', message }];
}

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
  const list = (slugs: string[]) => slugs.join(', ') || '(none)';
  const topicNames = new Map<string, string>();
  const redirects = new Map<string, string>();

  return articles.map(({ file, data, severity }) => {
    const problems: ContentProblem[] = [];
    const report = (field: string, path: PropertyKey[], message: string) => {
      const { line, column } = file.parsed.positionOf(path);
      problems.push({ file: file.file, line, column, severity, field, message });
    };
    if (file.slug === 'page')
      report('', [], 'the article slug "page" is reserved for listing pages (/<section>/page/2); rename the file');
    if (!sections.has(data.section))
      report('section', ['section'], `"${data.section}" is not a section; known: ${list(known.sections)}`);
    data.authors.forEach((slug, i) => {
      if (!authors.has(slug))
        report(`authors[${i}]`, ['authors', i], `"${slug}" is not an author; known: ${list(known.authors)}`);
    });
    data.updates.forEach((u, i) => {
      if (u.at <= data.publishedAt)
        report(
          `updates[${i}].at`,
          ['updates', i, 'at'],
          `must be after publishedAt (${data.publishedAt.toISOString()})`,
        );
    });
    data.related.forEach((slug, i) => {
      const field = `related[${i}]`;
      if (slug === file.slug) report(field, ['related', i], 'an article cannot be related to itself');
      else if (!known.articles.has(slug))
        report(
          field,
          ['related', i],
          `"${slug}" is not an article; use the file name of an article in content/articles/`,
        );
    });
    data.redirectFrom.forEach((slug, i) => {
      const field = `redirectFrom[${i}]`;
      const claimed = redirects.get(slug);
      if (known.articles.has(slug))
        report(field, ['redirectFrom', i], `"${slug}" is the slug of an existing article, so it cannot redirect`);
      else if (claimed && claimed !== file.slug)
        report(field, ['redirectFrom', i], `"${slug}" already redirects to "${claimed}"`);
      else redirects.set(slug, file.slug);
    });
    const topics: Topic[] = [];
    data.tags.forEach((name, i) => {
      const slug = topicSlug(name);
      if (!slug)
        return report(`tags[${i}]`, ['tags', i], `"${name}" has no letters or digits to make a topic URL from`);
      if (topics.some((t) => t.slug === slug))
        return report(`tags[${i}]`, ['tags', i], `"${name}" repeats a topic already listed`);
      if (!topicNames.has(slug)) topicNames.set(slug, name);
      topics.push({ slug, name: topicNames.get(slug)! });
    });
    return { topics, problems };
  });
}
