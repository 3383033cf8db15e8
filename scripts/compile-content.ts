/**
 * `npm run content:compile [-- --full]`: CONTENT_DIR into the store at CONTENT_STORE (docs/adr/012-archive-store.md).
 * Prints every problem as `file:line:column severity message`; exit 1 on an error, the store left as it was.
 */
import { site } from '@/lib/config/site';
import { compileStore, StoreBusyError } from '@/lib/content/compile/compileStore';
import { formatProblem } from '@/lib/content/problem';
import { storePath } from '@/lib/store/storePath';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--full');
if (unknown.length) {
  console.error(`unknown argument(s): ${unknown.join(' ')}; usage: npm run content:compile [-- --full]`);
  process.exit(2);
}

const store = storePath();
const result = await compileStore({
  contentDir: site.contentDir,
  publicDir: site.publicDir,
  storePath: store,
  full: args.includes('--full'),
  afterStory: pauseForTests(),
}).catch((error: unknown) => {
  if (!(error instanceof StoreBusyError)) throw error;
  console.error(error.message);
  process.exit(1);
});
for (const p of result.problems) console.log(formatProblem(p));
const errors = result.problems.filter((p) => p.severity === 'error').length;
const warnings = result.problems.length - errors;
const { filesRead, parsed, changed, removed } = result;
const { load, mdx, write } = result.stages;
const read = `${filesRead} file(s) read, ${parsed} parsed (${changed} changed, ${removed} removed)`;
if (!result.ok) {
  console.log(`${errors} error(s), ${warnings} warning(s): ${store} left at version ${result.version} (${read})`);
  process.exitCode = 1;
} else {
  const did =
    result.mode === 'unchanged' ? 'up to date' : `${result.mode} compile, ${result.rowsWritten} row(s) written`;
  const commit = result.commit ? `, commit ${result.commit.slice(0, 12)}` : '';
  console.log(
    `${store}: version ${result.version}${commit}, ${result.stories} stories; ${did}; ${read}; ` +
      `${warnings} warning(s); ${result.ms} ms (load ${load}, MDX check ${mdx}, write ${write})`,
  );
}

/**
 * The interrupted-compile test (lib/content/compile/interruptedCompile.test.ts) sets MASTHEAD_COMPILE_PAUSE_AFTER=n:
 * after the n-th story row the compile says "paused" on stderr and waits, mid-write, to be killed.
 */
function pauseForTests(): ((written: number) => void) | undefined {
  const after = Number(process.env.MASTHEAD_COMPILE_PAUSE_AFTER);
  if (!after) return undefined;
  return (written) => {
    if (written !== after) return;
    process.stderr.write('paused\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  };
}
