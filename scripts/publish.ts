/**
 * `npm run publish`: works out which content files changed since the last publish (to say so, and to
 * skip a publish that changes nothing), checks the content like the server does, and sends the signed
 * POST /api/revalidate that makes the content directory live.
 *   PUBLISH_URL (default http://127.0.0.1:3000/api/revalidate), REVALIDATE_SECRET (required)
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { site } from '@/lib/config/site';
import { formatProblem } from '@/lib/content/problem';
import { previewViewNow } from '@/lib/content/views';
import { usableSecret } from '@/lib/publishing/secretStrength';
import { publishRequest } from '@/lib/publishing/signature';
import { fail } from './fail';

const STATE_FILE = path.resolve(process.env.PUBLISH_STATE_FILE ?? '.publish-state.json');
const url = process.env.PUBLISH_URL ?? 'http://127.0.0.1:3000/api/revalidate';
const secret = usableSecret(process.env.REVALIDATE_SECRET);
if (!secret) fail('Set REVALIDATE_SECRET (32+ characters, the same as the server).');

// Every content file, live posts (live/<story>/<post>.mdx) and standards pages included.
const hashes: Record<string, string> = {};
for (const name of fs.readdirSync(site.contentDir, { recursive: true, encoding: 'utf8' }).sort()) {
  const file = path.join(site.contentDir, name);
  if (!/\.mdx?$/.test(name) || !fs.statSync(file).isFile()) continue;
  hashes[name.split(path.sep).join('/')] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
const previous: Record<string, string> = fs.existsSync(STATE_FILE)
  ? JSON.parse(fs.readFileSync(STATE_FILE, 'utf8'))
  : {};
const files = [...new Set([...Object.keys(hashes), ...Object.keys(previous)])]
  .filter((f) => hashes[f] !== previous[f])
  .sort();
if (!files.length) {
  console.log('Nothing changed since the last publish.');
  process.exit(0);
}

const errors = previewViewNow().problems.filter((p) => p.severity === 'error');
if (errors.length) {
  for (const p of errors) console.error(formatProblem(p));
  fail(`Not published: fix the ${errors.length} error(s) above first.`);
}

const started = performance.now();
const response = await fetch(url, publishRequest(secret));
const result = await response.json().catch(() => ({}));
console.log(`${response.status} in ${Math.round(performance.now() - started)} ms`, JSON.stringify(result, null, 2));
if (!response.ok) process.exit(1);
fs.writeFileSync(STATE_FILE, JSON.stringify(hashes, null, 2));
console.log(`Published ${files.length} changed file(s): ${files.join(', ')}`);
