/**
 * Runs in its own Node process (node --expose-gc --import tsx) so its memory figures are its own:
 * loads and validates a content folder, then ranks related stories for every public story.
 * Prints one JSON line.
 */
import path from 'node:path';
import { viewsAt } from '@/lib/content/views';
import { buildRelatedIndex, buildRelatedIndexInSlices, rankRelated } from '@/lib/related/relatedIndex';
import { longestStall } from '../lib/longestStall';

const contentDir = process.argv[2];
if (!contentDir) throw new Error('usage: index-worker.ts <contentDir>');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (n: number) => n / 1024 / 1024;

gc();
const baseHeap = process.memoryUsage().heapUsed;
let t = performance.now();
const views = viewsAt({ contentDir: path.resolve(contentDir), publicDir: path.resolve('public') });
const index = views.everything;
const loadMs = performance.now() - t;
gc();
const afterLoad = process.memoryUsage();

t = performance.now();
const articles = views.readers().articles;
const viewMs = performance.now() - t;

// Plain text is derived on first use (the related index is the first user); timed apart to show what the body
// tree costs.
t = performance.now();
for (const article of articles) article.plainText;
const textMs = performance.now() - t;

t = performance.now();
const related = buildRelatedIndex(articles);
const relatedIndexMs = performance.now() - t;
t = performance.now();
let links = 0;
let short = 0;
for (const article of articles) {
  const list = rankRelated(related, article);
  links += list.length;
  if (list.length < 3) short++;
}
const rankAllMs = performance.now() - t;

// The site builds the index in slices (lib/related/relatedArticles.ts), as after a publish (texts already derived):
// how long can a reader's request wait behind it?
const longestStallMs = await longestStall(() => buildRelatedIndexInSlices(articles));
gc();
const afterRelated = process.memoryUsage();

console.log(
  JSON.stringify({
    files: index.articles.length,
    errors: index.problems.filter((p) => p.severity === 'error').length,
    warnings: index.problems.filter((p) => p.severity === 'warning').length,
    publicArticles: articles.length,
    loadMs,
    viewMs,
    textMs,
    relatedIndexMs,
    rankAllMs,
    longestStallMs,
    links,
    short,
    heapLoadMb: mb(afterLoad.heapUsed - baseHeap),
    heapUsedAfterLoadMb: mb(afterLoad.heapUsed),
    heapUsedAfterRelatedMb: mb(afterRelated.heapUsed),
    rssAfterRelatedMb: mb(afterRelated.rss),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
