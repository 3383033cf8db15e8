/** `npm run content:check`: every content problem as `file:line:column severity message`; exit 1 on any error. */
import { site } from '@/lib/config/site';
import { formatProblem } from '@/lib/content/problem';
import { checkContent } from '@/lib/content/views';

const started = performance.now();
const problems = await checkContent();
for (const p of problems) console.log(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(
  `${errors} error(s), ${warnings} warning(s) in ${site.contentDir} (${Math.round(performance.now() - started)} ms)`,
);
process.exitCode = errors ? 1 : 0;
