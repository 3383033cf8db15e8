import type { ParsedSource } from './frontmatter';

/** A content file as read and split, before validation. */
export interface RawFile {
  slug: string;
  file: string;
  source: string;
  parsed: ParsedSource;
}

interface Entry {
  mtimeMs: number;
  size: number;
  raw: RawFile;
}

/**
 * Files read by an earlier load, reused while their size and modification time are unchanged.
 * Preview re-reads the content on every request; with this, a reload in a 10,000-story newsroom
 * re-parses only the files an editor touched. Work derived from a RawFile alone (schema
 * validation, the unsafe-markup scan) is memoised on the object, so it is reused with it.
 */
export class SourceCache {
  private entries = new Map<string, Entry>();
  private seen = new Set<string>();

  get(absolute: string, mtimeMs: number, size: number): RawFile | undefined {
    this.seen.add(absolute);
    const entry = this.entries.get(absolute);
    return entry && entry.mtimeMs === mtimeMs && entry.size === size ? entry.raw : undefined;
  }

  set(absolute: string, mtimeMs: number, size: number, raw: RawFile): void {
    this.seen.add(absolute);
    this.entries.set(absolute, { mtimeMs, size, raw });
  }

  /** Forgets files the last load did not see (deleted or renamed). */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.seen.has(key)) this.entries.delete(key);
    this.seen = new Set();
  }
}

/** Memoises `compute(raw)` per RawFile object: a cached file keeps its results, a re-read one starts afresh. */
export function memoPerFile<T>(compute: (raw: RawFile) => T): (raw: RawFile) => T {
  const results = new WeakMap<RawFile, T>();
  return (raw) => {
    if (!results.has(raw)) results.set(raw, compute(raw));
    return results.get(raw)!;
  };
}
