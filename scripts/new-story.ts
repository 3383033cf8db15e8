/**
 * `npm run new:story -- --section <s> --title "<t>" [--author <a>]`: writes a valid draft and prints its preview link.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '@/lib/config/site';
import { formatProblem } from '@/lib/content/problem';
import { scaffoldStory } from '@/lib/content/scaffoldStory';
import { previewViewNow } from '@/lib/content/views';
import { draftSecret } from '@/lib/preview/draftSecret';
import { previewLinkUrl } from '@/lib/preview/previewLink';
import { fail } from './fail';

const { values } = parseArgs({
  options: { section: { type: 'string' }, title: { type: 'string' }, author: { type: 'string' } },
});
const view = previewViewNow();
const list = (items: { slug: string }[]) => items.map((i) => i.slug).join(', ');
if (!values.section || !values.title)
  fail('Usage: npm run new:story -- --section <section> --title "<headline>" [--author <author>]');
if (!view.section(values.section)) fail(`Unknown section "${values.section}"; known: ${list(view.sections)}`);
const author = values.author ?? view.authors[0]?.slug ?? fail('There are no authors yet: add one in content/authors/.');
if (!view.author(author)) fail(`Unknown author "${author}"; known: ${list(view.authors)}`);

// A story file left out for its problems still holds its slug.
const broken = view.problems.flatMap((p) => /articles\/([^/]+)\.mdx?$/.exec(p.file)?.[1] ?? []);
const taken = new Set([...view.articles.flatMap((a) => [a.slug, ...a.redirectFrom]), ...broken]);
const { slug, text } = scaffoldStory({ section: values.section, title: values.title, author, now: new Date(), taken });
const file = path.join(site.contentDir, 'articles', `${slug}.mdx`);
fs.writeFileSync(file, text, { flag: 'wx' });

const problems = previewViewNow().problems.filter((p) => p.file.endsWith(`${slug}.mdx`));
for (const p of problems) console.warn(formatProblem(p));
const previewPath = `/${values.section}/${slug}`;
const secret = draftSecret();
console.log(`Wrote ${path.relative(process.cwd(), file)} (status: draft)`);
console.log(
  secret
    ? `Preview: ${previewLinkUrl(site.url, previewPath, secret)}`
    : `Preview: DRAFT_SECRET=… npm run preview-link -- ${previewPath}`,
);
