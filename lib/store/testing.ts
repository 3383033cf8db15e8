import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** For the store's tests: a temp folder with a copy of the demo content and room for a store. */
export function demoCopy(): { root: string; contentDir: string; publicDir: string; storePath: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-store-'));
  const contentDir = path.join(root, 'content');
  fs.cpSync(path.resolve('content'), contentDir, { recursive: true });
  return { root, contentDir, publicDir: path.resolve('public'), storePath: path.join(root, 'store', 'content.sqlite') };
}

/** Replaces the first `from` in a content file (it must be there). */
export function edit(contentDir: string, file: string, from: string, to: string): void {
  const absolute = path.join(contentDir, file);
  const text = fs.readFileSync(absolute, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  fs.writeFileSync(absolute, text.replace(from, to));
}
