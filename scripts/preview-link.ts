/**
 * `npm run preview-link -- <path> [--hours N]`: prints a preview link for one path (`/<section>/<slug>`,
 * or `/preview` for the editors' desk), signed with DRAFT_SECRET, valid for that path only and for
 * N hours (default 72, at most 168). A story's link opens that story only; the desk's opens every draft.
 * The link carries a signature, never the secret. SITE_URL sets its host.
 */
import { parseArgs } from 'node:util';
import { site } from '@/lib/config/site';
import { previewViewNow } from '@/lib/content/views';
import { draftSecret } from '@/lib/preview/draftSecret';
import { DEFAULT_LINK_HOURS, MAX_LINK_HOURS, previewLinkUrl } from '@/lib/preview/previewLink';
import { checkPreviewPath } from '@/lib/preview/previewPath';
import { fail } from './fail';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { hours: { type: 'string', default: String(DEFAULT_LINK_HOURS) } },
});
const secret = draftSecret();
const hours = Number(values.hours);
if (!secret) fail('Set DRAFT_SECRET (32+ characters, the same as the server).');
if (positionals.length !== 1) fail('Usage: npm run preview-link -- /<section>/<slug> [--hours N]');
if (!(hours > 0 && hours <= MAX_LINK_HOURS))
  fail(`--hours must be a positive number, at most ${MAX_LINK_HOURS} (a week).`);
const check = checkPreviewPath(positionals[0], previewViewNow());
if (!check.ok) fail(`Cannot link to ${JSON.stringify(positionals[0])}: ${check.reason}.`);
console.log(previewLinkUrl(site.url, check.path, secret, { hours }));
