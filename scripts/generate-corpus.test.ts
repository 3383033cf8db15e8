import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { viewsAt } from '@/lib/content/views';
import { findMdxSyntaxError } from '@/lib/mdx/mdxCompiler';
import { generateCorpus, topicNames } from './generate-corpus';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-corpus-'));
const now = new Date('2026-06-01T00:00:00Z');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const readAll = (dir: string) =>
  fs
    .readdirSync(path.join(dir, 'articles'))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(dir, 'articles', f), 'utf8')]);

// Generating and checking a corpus takes seconds of CPU: on a busy 2-core machine more than Vitest's 5 s default.
describe('synthetic corpus', { timeout: 60_000 }, () => {
  it('is identical for the same seed and different for another', () => {
    generateCorpus({ outDir: path.join(root, 'a'), count: 40, seed: 's1', now });
    generateCorpus({ outDir: path.join(root, 'b'), count: 40, seed: 's1', now });
    generateCorpus({ outDir: path.join(root, 'c'), count: 40, seed: 's2', now });
    expect(readAll(path.join(root, 'a'))).toEqual(readAll(path.join(root, 'b')));
    expect(readAll(path.join(root, 'a'))).not.toEqual(readAll(path.join(root, 'c')));
  });

  it('passes the content checks, with stories in the past and 500-1,500 words', async () => {
    const dir = path.join(root, 'checked');
    generateCorpus({ outDir: dir, count: 60, seed: 'check', now });
    const index = viewsAt({ contentDir: dir, publicDir: path.resolve('public') }).everything;
    expect(index.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(index.articles).toHaveLength(60);
    for (const a of index.articles) {
      expect(a.publishedAt.getTime()).toBeLessThan(now.getTime());
      expect(a.wordCount).toBeGreaterThanOrEqual(500);
      expect(a.wordCount).toBeLessThanOrEqual(1500);
      expect(a.topics.length).toBeGreaterThanOrEqual(2);
      for (const u of a.updates) expect(u.at.getTime()).toBeLessThan(now.getTime());
    }
    const errors = await Promise.all(index.articles.slice(0, 15).map((a) => findMdxSyntaxError(a)));
    expect(errors.filter(Boolean)).toEqual([]);
  });

  it('has about 300 distinct topics and refuses to overwrite a folder it did not make', () => {
    expect(new Set(topicNames().map((t) => t.toLowerCase())).size).toBe(300);
    const foreign = path.join(root, 'foreign');
    fs.mkdirSync(foreign);
    fs.writeFileSync(path.join(foreign, 'keep.txt'), 'x');
    expect(() => generateCorpus({ outDir: foreign, count: 1, now })).toThrow(/not made by this generator/);
  });
});
