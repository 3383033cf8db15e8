import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A content file's bytes and where it was when the store last read it (`sources`). */
export interface SourceRecord {
  sha256: string;
  size: number;
  mtimeMs: number;
}

export const sha256 = (text: string): string => crypto.createHash('sha256').update(text).digest('hex');

/** A content file's key in the store: its path inside CONTENT_DIR, with forward slashes (`articles/x.mdx`). */
export function contentPath(contentDir: string, file: string): string {
  return path.relative(contentDir, path.resolve(file)).split(path.sep).join('/');
}

/** The files the loader reads (lib/content/readSources.ts), each with its size and modification time. */
export function listContentFiles(contentDir: string): Map<string, { size: number; mtimeMs: number }> {
  const found = new Map<string, { size: number; mtimeMs: number }>();
  const entries = (dir: string): fs.Dirent[] => {
    try {
      return fs.readdirSync(path.join(contentDir, dir), { withFileTypes: true });
    } catch {
      return [];
    }
  };
  const addFiles = (dir: string) => {
    for (const entry of entries(dir)) {
      if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
      const { size, mtimeMs } = fs.statSync(path.join(contentDir, dir, entry.name));
      found.set(`${dir}/${entry.name}`, { size, mtimeMs });
    }
  };
  for (const folder of ['sections', 'authors', 'articles', 'pages']) addFiles(folder);
  for (const story of entries('live')) if (story.isDirectory()) addFiles(`live/${story.name}`);
  return found;
}
