/** A content file as read from disk, before anything is made of it. */
export interface SourceFile {
  slug: string;
  /** Path for messages, relative to the working directory. */
  file: string;
  source: string;
}

/**
 * Files read by an earlier load, reused while their size and modification time are unchanged.
 * Preview re-reads the content on every request; with this, a reload in a 10,000-story newsroom
 * re-parses only the files an editor touched: the later stages memoise their work per SourceFile
 * object (`memoPerFile`), so a reused object keeps its parse and schema results.
 */
export class SourceCache {
  private entries = new Map<string, { mtimeMs: number; size: number; source: SourceFile }>();
  private seen = new Set<string>();
  private changes = 0;

  /** Counts files read afresh or forgotten: equal before and after a load when no content file changed. */
  get version(): number {
    return this.changes;
  }

  /** The file as last read while its size and modification time are unchanged; otherwise `read()`, kept. */
  get(absolute: string, { mtimeMs, size }: { mtimeMs: number; size: number }, read: () => SourceFile): SourceFile {
    this.seen.add(absolute);
    const entry = this.entries.get(absolute);
    if (entry && entry.mtimeMs === mtimeMs && entry.size === size) return entry.source;
    const source = read();
    this.changes++;
    this.entries.set(absolute, { mtimeMs, size, source });
    return source;
  }

  /** Forgets files the last load did not see (deleted or renamed). */
  sweep(): void {
    for (const key of this.entries.keys()) {
      if (this.seen.has(key)) continue;
      this.entries.delete(key);
      this.changes++;
    }
    this.seen = new Set();
  }
}

/** Memoises `compute(file)` per file object: a cached file keeps its results, a re-read one starts afresh. */
export function memoPerFile<F extends object, T>(compute: (file: F) => T): (file: F) => T {
  // Boxed, so a result that is itself undefined or null is cached too.
  const results = new WeakMap<F, { value: T }>();
  return (file) => {
    let hit = results.get(file);
    if (!hit) results.set(file, (hit = { value: compute(file) }));
    return hit.value;
  };
}
