import type { z } from 'zod';
import { buildIndex, type ContentIndex } from './buildIndex';
import { checkSection, crossCheckArticles, crossCheckLivePosts, type ValidLivePost } from './crossCheck';
import { enrichArticle, enrichAuthor, enrichLivePost, enrichSection } from './enrich';
import { type ImageSizeOf, imageSizeReader } from './imageSizes';
import { type ParsedFile, parseFile } from './parseFile';
import type { ContentProblem } from './problem';
import { type ContentSources, readSources } from './readSources';
import { articleSchema, authorSchema, livePostSchema, pageSchema, sectionSchema } from './schema';
import type { SourceCache, SourceFile } from './sourceCache';
import { standardsPages } from './standardsPages';
import type { Article, LivePost } from './types';
import { isValid, severityOf, type Valid, validate } from './validate';

export interface LoadOptions {
  contentDir: string;
  publicDir: string;
  /** Reuse files unchanged since an earlier load with the same cache (preview reloads). */
  sourceCache?: SourceCache;
  /** Image sizes; by default read from `publicDir`. */
  imageSizeOf?: ImageSizeOf;
  /** Stage 2; the store's compiler passes one that answers unchanged files from its parse cache. */
  parse?: (file: SourceFile) => ParsedFile;
}

/**
 * Read → parse → validate → cross-check → enrich → index. Never throws for a content mistake: each
 * becomes a problem (an error, or a warning in a draft) and every problem is reported in one run.
 * Sections and authors are finished before articles are cross-checked, because a story may only
 * name a section or author that made it into the index.
 */
export function loadContent({
  contentDir,
  publicDir,
  sourceCache,
  imageSizeOf,
  parse = parseFile,
}: LoadOptions): ContentIndex {
  const sources = readSources(contentDir, sourceCache);
  if (!sourceCache) return indexSources(sources, imageSizeOf ?? imageSizeReader(publicDir), parse);
  // A reload that found no file changed (most preview requests) gets the same index, and with it every view's
  // derived lists, instead of cross-checking and enriching every story again.
  const last = lastLoads.get(sourceCache);
  if (last && last.version === sourceCache.version && last.contentDir === contentDir && last.parse === parse)
    return last.index;
  const index = indexSources(sources, imageSizeOf ?? imageSizeReader(publicDir), parse);
  lastLoads.set(sourceCache, { version: sourceCache.version, contentDir, parse, index });
  return index;
}

const lastLoads = new WeakMap<
  SourceCache,
  { version: number; contentDir: string; parse: LoadOptions['parse']; index: ContentIndex }
>();

/** Parse → validate → cross-check → enrich → index, from the files read. */
function indexSources(
  sources: ContentSources,
  sizeOf: ImageSizeOf,
  parse: (file: SourceFile) => ParsedFile,
): ContentIndex {
  const problems: ContentProblem[] = [...sources.problems];
  const keep = <T>(found: ContentProblem[], value: T | undefined | null): value is T => {
    problems.push(...found);
    return value != null && !found.some((p) => p.severity === 'error');
  };

  const sections = validFiles(sources.sections, sectionSchema)
    .filter((v) => keep(checkSection(v), v.data))
    .map(enrichSection);

  const authors = validFiles(sources.authors, authorSchema)
    .map((v) => enrichAuthor(v, sizeOf))
    .flatMap((e) => (keep(e.problems, e.value) ? [e.value] : []));

  const valid = validFiles(sources.articles, articleSchema, true);
  const known = { authors: authors.map((a) => a.slug), articles: new Set(sources.articles.map((s) => s.slug)) };
  const links = crossCheckArticles(valid, { ...known, sections: sections.map((s) => s.slug) });
  const articles: Article[] = [];
  valid.forEach((v, i) => {
    const { topics, problems: linkProblems } = links[i]!;
    const enriched = enrichArticle(v, topics, sizeOf);
    const found = [...linkProblems, ...enriched.problems];
    problems.push(...found, ...enriched.syntaxProblems);
    // A broken draft stays out of the index (preview shows its error); a broken published file fails the build.
    const clean = v.problems.length === 0 && !found.some((p) => p.severity === 'error' || v.severity === 'warning');
    if (clean && enriched.value) articles.push(enriched.value);
  });

  const livePosts = loadLivePosts();

  const standards = standardsPages(validFiles(sources.pages, pageSchema));
  problems.push(...standards.problems);

  return buildIndex(sections, authors, articles, problems, standards, livePosts);

  /** A folder's files that pass their schema (a draft's mistakes are warnings), every file's problems kept. */
  function validFiles<S extends z.ZodType>(files: SourceFile[], schema: S, drafts = false): Valid<z.infer<S>>[] {
    const validated = files.map((source) => {
      const file = parse(source);
      return validate(file, schema, drafts ? severityOf(file) : 'error');
    });
    return validated.filter((v) => keep(v.problems, v.data)).filter(isValid);
  }

  /** Posts go through the same stages; one whose story did not make the index is left out with it. */
  function loadLivePosts(): LivePost[] {
    const checked = sources.livePosts.map((source) => {
      const file = parse(source);
      return { ...validate(file, livePostSchema, severityOf(file)), story: source.story };
    });
    for (const v of checked) problems.push(...v.problems);
    const posts = checked.filter((v): v is ValidLivePost => v.data !== null);
    const stories = new Map(valid.map((v) => [v.file.slug, v.data]));
    const postProblems = crossCheckLivePosts(posts, { ...known, valid: stories });
    const storyAuthors = new Map(articles.map((a) => [a.slug, a.authors]));
    return posts.flatMap((v, i) => {
      const enriched = enrichLivePost(v, storyAuthors.get(v.story) ?? [], sizeOf);
      const found = [...postProblems[i]!, ...enriched.problems];
      problems.push(...found);
      const inIndex = storyAuthors.has(v.story) && v.problems.length === 0 && found.length === 0;
      return inIndex && enriched.value ? [enriched.value] : [];
    });
  }
}
