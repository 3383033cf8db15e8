/**
 * `npm run new:post -- --story <slug> [--title "…"] [--key] [--author <slug>] [--publish]`: writes a post
 * of a live story, timestamped now (a draft unless --publish), and prints its path and preview link.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '@/lib/config/site';
import { formatProblem } from '@/lib/content/problem';
import { scaffoldLivePost } from '@/lib/content/scaffoldLivePost';
import { articlePath } from '@/lib/content/types';
import { previewViewNow } from '@/lib/content/views';
import { isLive } from '@/lib/content/visibility';
import { draftSecret } from '@/lib/preview/draftSecret';
import { previewLinkUrl } from '@/lib/preview/previewLink';
import { fail } from './fail';

const { values } = parseArgs({
  options: {
    story: { type: 'string' },
    title: { type: 'string' },
    key: { type: 'boolean', default: false },
    author: { type: 'string' },
    publish: { type: 'boolean', default: false },
  },
});
if (!values.story)
  fail('Usage: npm run new:post -- --story <story-slug> [--title "…"] [--key] [--author <author>] [--publish]');
const view = previewViewNow();
const now = new Date();
if (values.author && !view.author(values.author))
  fail(`Unknown author "${values.author}"; known: ${view.authors.map((a) => a.slug).join(', ')}`);

const storySlug = values.story;
const folder = path.join(site.contentDir, 'live', storySlug);
// Every file in the folder holds its slug, a broken one too.
const taken = new Set(fs.existsSync(folder) ? fs.readdirSync(folder).map((name) => name.replace(/\.mdx?$/, '')) : []);
const result = scaffoldLivePost({
  ...values,
  story: view.article(storySlug),
  storySlug,
  now,
  taken,
  liveStories: view.articles.filter((a) => isLive(a, now)).map((a) => a.slug),
});
if (!result.ok) fail(result.message);
const { slug, text } = result;
fs.mkdirSync(folder, { recursive: true });
const file = path.join(folder, `${slug}.mdx`);
fs.writeFileSync(file, text, { flag: 'wx' });

const problems = previewViewNow().problems.filter((p) => p.file.endsWith(`live/${storySlug}/${slug}.mdx`));
for (const p of problems) console.warn(formatProblem(p));
console.log(`Wrote ${path.relative(process.cwd(), file)} (status: ${values.publish ? 'published' : 'draft'})`);
// The link opens the story in preview; the fragment, kept through the redirect, lands on the post.
const storyPath = articlePath(view.article(storySlug)!);
const secret = draftSecret();
console.log(
  secret
    ? `Preview: ${previewLinkUrl(site.url, storyPath, secret)}#post-${slug}`
    : "Preview: DRAFT_SECRET is not set. Use the server's (a new one: openssl rand -hex 32, set on the server too), " +
        `then: DRAFT_SECRET=… npm run preview-link -- ${storyPath}`,
);
if (values.publish) console.log('Then run npm run publish to make it live.');
