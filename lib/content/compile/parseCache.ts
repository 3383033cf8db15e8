import type { ParsedSource } from '../frontmatter';
import { type BodyMarkup, type ParsedFile, parseFile } from '../parseFile';
import type { SourceFile } from '../sourceCache';

/**
 * What the loader's checks read from a parsed file, kept in `sources.parsed` so an unchanged file is not parsed
 * again: its frontmatter data (plain JSON: js-yaml's core schema makes no dates), where its body starts, and the
 * body's markup findings (articles and live posts, whose checks read them).
 */
export interface CachedParse {
  data: unknown;
  bodyStart: number;
  bodyLine: number;
  markup?: BodyMarkup;
}

/** The cache entry of a freshly parsed file; null when its frontmatter has errors (it is parsed again next time). */
export function toCachedParse(file: ParsedFile, withMarkup: boolean): CachedParse | null {
  if (file.parsed.yamlErrors.length) return null;
  const bodyStart = file.source.length - file.parsed.body.length;
  const entry: CachedParse = { data: file.parsed.data, bodyStart, bodyLine: file.parsed.bodyLine };
  if (withMarkup) entry.markup = file.markup();
  return entry;
}

/**
 * A ParsedFile answered from the cache. Only a question the cache cannot answer (where a field is written, for a
 * problem; the whole body tree) parses the file, and `onParse` counts it.
 */
export function cachedParsedFile(file: SourceFile, cached: CachedParse, onParse: () => void): ParsedFile {
  let parsedNow: ParsedFile | undefined;
  const real = () => {
    if (!parsedNow) {
      onParse();
      parsedNow = parseFile(file);
    }
    return parsedNow;
  };
  const parsed: ParsedSource = {
    data: cached.data,
    body: file.source.slice(cached.bodyStart),
    bodyLine: cached.bodyLine,
    positionOf: (path) => real().parsed.positionOf(path),
    yamlErrors: [],
  };
  return {
    ...file,
    parsed,
    markup: () => cached.markup ?? real().markup(),
    bodyTree: () => real().bodyTree(),
  };
}
