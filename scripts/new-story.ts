/** `npm run new:story -- --section <s> --title "<t>" [--author <a>]`: writes a valid draft and prints its preview link. */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '@/lib/config/site';
import { loadContent } from '@/lib/content/loadContent';
import { formatProblem } from '@/lib/content/problem';
import { scaffoldStory } from '@/lib/content/scaffoldStory';
import { draftSecret } from '@/lib/preview/draftSecret';
import { previewLinkUrl } from '@/lib/preview/previewLink';

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const { values } = parseArgs({
  options: { section: { type: 'string' }, title: { type: 'string' }, author: { type: 'string' } },
});
const index = loadContent({ contentDir: site.contentDir, publicDir: site.publicDir });
const list = (items: { slug: string }[]) => items.map((i) => i.slug).join(', ');
if (!values.section || !values.title)
  fail('Usage: npm run new:story -- --section <section> --title "<headline>" [--author <author>]');
if (!index.sectionsBySlug.has(values.section!))
  fail(`Unknown section "${values.section}"; known: ${list(index.sections)}`);
const author =
  values.author ?? index.authors[0]?.slug ?? fail('There are no authors yet: add one in content/authors/.');
if (!index.authorsBySlug.has(author)) fail(`Unknown author "${author}"; known: ${list(index.authors)}`);

const files = fs.readdirSync(path.join(site.contentDir, 'articles')).map((f) => f.replace(/\.mdx?$/, ''));
const taken = new Set([...files, ...index.redirects.keys()]);
const { slug, text } = scaffoldStory({
  section: values.section!,
  title: values.title!,
  author,
  now: new Date(),
  taken,
});
const file = path.join(site.contentDir, 'articles', `${slug}.mdx`);
fs.writeFileSync(file, text, { flag: 'wx' });

const problems = loadContent({ contentDir: site.contentDir, publicDir: site.publicDir }).problems.filter((p) =>
  p.file.endsWith(`${slug}.mdx`),
);
for (const p of problems) console.warn(formatProblem(p));
const previewPath = `/${values.section}/${slug}`;
const secret = draftSecret();
console.log(`Wrote ${path.relative(process.cwd(), file)} (status: draft)`);
console.log(
  secret
    ? `Preview: ${previewLinkUrl(site.url, previewPath, secret)}`
    : `Preview: DRAFT_SECRET=… npm run preview-link -- ${previewPath}`,
);
