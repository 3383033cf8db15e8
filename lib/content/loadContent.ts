import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { z } from 'zod';
import { parseSource } from './frontmatter';
import type { ContentProblem, Severity } from './problem';
import { articleSchema, authorSchema, describeIssues, fieldName, type PublisherRole, sectionSchema } from './schema';
import { RESERVED_SECTION_SLUGS, SLUG_PATTERN, topicSlug } from './slug';
import { memoPerFile, type RawFile, type SourceCache } from './sourceCache';
import { loadStandardsPages } from './standardsPages';
import { temporaryPlainText } from './temporaryPlainText';
import type { Article, Author, ImageRef, Section, StandardsPage, Topic } from './types';
import { findUnsafeMarkup } from './unsafeMarkup';

export interface ContentIndex {
  sections: Section[];
  authors: Author[];
  /** Every valid article, drafts and scheduled ones included, newest first. */
  articles: Article[];
  sectionsBySlug: Map<string, Section>;
  authorsBySlug: Map<string, Author>;
  articlesBySlug: Map<string, Article>;
  /** Old slug -> current article slug, from `redirectFrom`. */
  redirects: Map<string, string>;
  /** Standards pages (content/pages), and which one answers for each publisher role. */
  pages: StandardsPage[];
  publisherRoles: Map<PublisherRole, StandardsPage>;
  problems: ContentProblem[];
}

export interface LoadOptions {
  contentDir: string;
  publicDir: string;
  /** Reuse files unchanged since an earlier load with the same cache (preview reloads). */
  sourceCache?: SourceCache;
}

const WORDS_PER_MINUTE = 230;

/**
 * Schema results and the markup scan depend on a file's text alone, so a cached file keeps them.
 * Each file is checked against its folder's schema only, so the file alone is the key.
 */
const schemaResults = new WeakMap<RawFile, z.ZodSafeParseResult<unknown>>();
const unsafeMarkupOf = memoPerFile((raw) => {
  try {
    return findUnsafeMarkup(unified().use(remarkParse).use(remarkMdx).parse(raw.parsed.body));
  } catch {
    return []; // an MDX syntax error: the MDX compile reports it with its position
  }
});

/**
 * Reads and validates every file under the content directory. Never throws for a content
 * mistake: each one becomes a problem (an error, or a warning when it is in a draft).
 */
export function loadContent({ contentDir, publicDir, sourceCache }: LoadOptions): ContentIndex {
  const problems: ContentProblem[] = [];
  const display = (absolute: string) => path.relative(process.cwd(), absolute) || absolute;
  const imageCache = new Map<string, { width: number; height: number } | null>();

  const imageSizeOf = (src: string) => {
    if (!imageCache.has(src)) {
      try {
        const { width, height } = imageSize(fs.readFileSync(path.join(publicDir, src)));
        imageCache.set(src, width && height ? { width, height } : null);
      } catch {
        imageCache.set(src, null);
      }
    }
    return imageCache.get(src) ?? null;
  };

  const readDir = (kind: string): RawFile[] => {
    const dir = path.join(contentDir, kind);
    let names: string[];
    try {
      names = fs
        .readdirSync(dir)
        .filter((n) => n.endsWith('.mdx') || n.endsWith('.md'))
        .sort();
    } catch {
      problems.push({
        file: display(dir),
        line: 1,
        column: 1,
        severity: 'error',
        message: `folder is missing: create ${display(dir)}/ with .mdx files`,
      });
      return [];
    }
    return names.flatMap((name) => {
      const absolute = path.join(dir, name);
      try {
        if (!sourceCache) return [readRaw(absolute, name)];
        const { mtimeMs, size } = fs.statSync(absolute);
        let raw = sourceCache.get(absolute, mtimeMs, size);
        if (!raw) sourceCache.set(absolute, mtimeMs, size, (raw = readRaw(absolute, name)));
        return [raw];
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        problems.push({
          file: display(absolute),
          line: 1,
          column: 1,
          severity: 'error',
          message: `file cannot be read (${code}): check that it exists and is readable`,
        });
        return [];
      }
    });
  };

  const readRaw = (absolute: string, name: string): RawFile => {
    const source = fs.readFileSync(absolute, 'utf8');
    return { slug: name.replace(/\.mdx?$/, ''), file: display(absolute), source, parsed: parseSource(source) };
  };

  const validate = <S extends z.ZodType>(raw: RawFile, schema: S, severity: Severity): z.infer<S> | null => {
    const report = (line: number, column: number, message: string, field?: string) =>
      problems.push({ file: raw.file, line, column, severity, field, message });
    if (!SLUG_PATTERN.test(raw.slug)) {
      report(
        1,
        1,
        `file name "${raw.slug}" is not a valid slug: rename it using lowercase a-z, 0-9 and single hyphens`,
      );
    }
    for (const e of raw.parsed.yamlErrors) report(e.position.line, e.position.column, e.message);
    if (raw.parsed.yamlErrors.length) return null;
    if (!schemaResults.has(raw)) schemaResults.set(raw, schema.safeParse(raw.parsed.data ?? {}));
    const result = schemaResults.get(raw) as z.ZodSafeParseResult<z.infer<S>>;
    if (result.success) return SLUG_PATTERN.test(raw.slug) ? result.data : null;
    for (const issue of describeIssues(result.error, schema)) {
      const { line, column } = raw.parsed.positionOf(issue.path);
      report(line, column, issue.message, fieldName(issue.path) || undefined);
    }
    return null;
  };

  const toImage = (
    raw: RawFile,
    field: string,
    severity: Severity,
    image: Omit<ImageRef, 'width' | 'height'>,
  ): ImageRef | undefined => {
    const size = imageSizeOf(image.src);
    if (size) return { ...image, ...size };
    const { line, column } = raw.parsed.positionOf([...field.split('.'), 'src']);
    problems.push({
      file: raw.file,
      line,
      column,
      severity,
      field: `${field}.src`,
      message: `image "${image.src}" was not found or is not an image: add it as public${image.src}`,
    });
    return undefined;
  };

  const sections: Section[] = [];
  for (const raw of readDir('sections')) {
    const data = validate(raw, sectionSchema, 'error');
    if (!data) continue;
    if ((RESERVED_SECTION_SLUGS as readonly string[]).includes(raw.slug)) {
      problems.push({
        file: raw.file,
        line: 1,
        column: 1,
        severity: 'error',
        message: `section slug "${raw.slug}" is a reserved route; rename the file (reserved: ${RESERVED_SECTION_SLUGS.join(', ')})`,
      });
      continue;
    }
    sections.push({ slug: raw.slug, file: raw.file, ...data, intro: raw.parsed.body.trim() });
  }
  sections.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));

  const authors: Author[] = [];
  for (const raw of readDir('authors')) {
    const data = validate(raw, authorSchema, 'error');
    if (!data) continue;
    const avatar = toImage(raw, 'avatar', 'error', data.avatar);
    if (!avatar) continue;
    authors.push({
      slug: raw.slug,
      file: raw.file,
      name: data.name,
      role: data.role,
      avatar,
      links: data.links,
      bio: raw.parsed.body.trim(),
    });
  }

  const sectionsBySlug = new Map(sections.map((s) => [s.slug, s]));
  const authorsBySlug = new Map(authors.map((a) => [a.slug, a]));
  const rawArticles = readDir('articles');
  const articleSlugs = new Set(rawArticles.map((r) => r.slug));
  const topicNames = new Map<string, string>();
  const articles: Article[] = [];
  const redirects = new Map<string, string>();
  const known = (items: { slug: string }[]) => items.map((i) => i.slug).join(', ') || '(none)';

  for (const raw of rawArticles) {
    const rawStatus = (raw.parsed.data as { status?: unknown } | undefined)?.status;
    const severity: Severity = rawStatus === 'draft' ? 'warning' : 'error';
    const data = validate(raw, articleSchema, severity);
    if (!data) continue;
    const before = problems.length;
    const report = (field: string, path: PropertyKey[], message: string) => {
      const { line, column } = raw.parsed.positionOf(path);
      problems.push({ file: raw.file, line, column, severity, field, message });
    };

    if (raw.slug === 'page')
      report('', [], 'the article slug "page" is reserved for listing pages (/<section>/page/2); rename the file');
    if (!sectionsBySlug.has(data.section)) {
      report('section', ['section'], `"${data.section}" is not a section; known: ${known(sections)}`);
    }
    data.authors.forEach((slug, i) => {
      if (!authorsBySlug.has(slug))
        report(`authors[${i}]`, ['authors', i], `"${slug}" is not an author; known: ${known(authors)}`);
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
      if (slug === raw.slug) report(`related[${i}]`, ['related', i], 'an article cannot be related to itself');
      else if (!articleSlugs.has(slug))
        report(
          `related[${i}]`,
          ['related', i],
          `"${slug}" is not an article; use the file name of an article in content/articles/`,
        );
    });
    data.redirectFrom.forEach((slug, i) => {
      if (articleSlugs.has(slug))
        report(
          `redirectFrom[${i}]`,
          ['redirectFrom', i],
          `"${slug}" is the slug of an existing article, so it cannot redirect`,
        );
      else if (redirects.has(slug) && redirects.get(slug) !== raw.slug)
        report(`redirectFrom[${i}]`, ['redirectFrom', i], `"${slug}" already redirects to "${redirects.get(slug)}"`);
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
    const image = data.image ? toImage(raw, 'image', severity, data.image) : undefined;
    for (const unsafe of unsafeMarkupOf(raw)) {
      problems.push({
        file: raw.file,
        line: raw.parsed.bodyLine + unsafe.line - 1,
        column: unsafe.column,
        severity,
        message: unsafe.message,
      });
    }
    const figureSizes: Article['figureSizes'] = {};
    for (const figure of raw.parsed.body.matchAll(/<Figure\b[^>]*?\bsrc="([^"]+)"/g)) {
      const size = imageSizeOf(figure[1]!);
      if (size) figureSizes[figure[1]!] = size;
      else {
        const offset = figure.index!;
        const lineInBody = raw.parsed.body.slice(0, offset).split('\n').length;
        problems.push({
          file: raw.file,
          line: raw.parsed.bodyLine + lineInBody - 1,
          column: offset - raw.parsed.body.lastIndexOf('\n', offset - 1),
          severity,
          message: `<Figure src="${figure[1]}"> was not found: add it under public/images/`,
        });
      }
    }
    if (
      problems.slice(before).some((p) => p.severity === 'error') ||
      (severity === 'warning' && problems.length > before)
    ) {
      // A broken draft stays out of the index (preview shows its error); a broken published file fails the build.
      continue;
    }
    const updates = [...data.updates].sort((a, b) => b.at.getTime() - a.at.getTime());
    // Counted on first use, not at load: a server renders a few pages, not all 10,000 bylines.
    let words: number | undefined;
    let text: string | undefined;
    const body = raw.parsed.body;
    for (const old of data.redirectFrom) redirects.set(old, raw.slug);
    articles.push({
      slug: raw.slug,
      file: raw.file,
      source: raw.source,
      body: raw.parsed.body,
      title: data.title,
      dek: data.dek,
      section: data.section,
      authors: data.authors,
      publishedAt: data.publishedAt,
      modifiedAt: updates[0]?.at ?? data.publishedAt,
      status: data.status,
      format: data.format,
      topics,
      image,
      updates,
      related: data.related,
      redirectFrom: data.redirectFrom,
      figureSizes,
      get wordCount() {
        return (words ??= countWords(body));
      },
      get readingMinutes() {
        return Math.max(1, Math.round(this.wordCount / WORDS_PER_MINUTE));
      },
      // TEMPORARY: the door branch provides plainText
      get plainText() {
        return (text ??= temporaryPlainText(body));
      },
    });
  }
  articles.sort(newestFirst);
  sourceCache?.sweep();
  // Standards pages: a separate stage (lib/content/standardsPages.ts), wired in here.
  const standards = loadStandardsPages(contentDir);
  problems.push(...standards.problems);

  return {
    sections,
    authors,
    articles,
    sectionsBySlug,
    authorsBySlug,
    articlesBySlug: new Map(articles.map((a) => [a.slug, a])),
    redirects,
    pages: standards.pages,
    publisherRoles: standards.roles,
    problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column),
  };
}

export function newestFirst(a: Article, b: Article): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug);
}

/**
 * Whitespace-separated tokens with a letter or digit in them, MDX tags counted as spaces: one
 * pass over the characters instead of a Unicode regex and an array of every word.
 */
export function countWords(body: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 60 /* < */) {
      const close = body.indexOf('>', i + 1);
      if (close !== -1) {
        i = close;
        counted = false;
        continue;
      }
    }
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) counted = false;
      else if (!counted && ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) {
        count++;
        counted = true;
      }
      continue;
    }
    const char = String.fromCodePoint(body.codePointAt(i)!);
    if (char.length === 2) i++;
    if (WHITESPACE.test(char)) counted = false;
    else if (!counted && WORD_CHAR.test(char)) {
      count++;
      counted = true;
    }
  }
  return count;
}

const WHITESPACE = /^\s$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
