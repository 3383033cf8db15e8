// Cuts the framework's runtime out of every page `next build` prerendered (.next/server/app/**/*.html),
// once, right after the build: `npm run build` runs this as its postbuild, scripts/test.sh and the
// benchmarks after their `next build`, and scripts/server.mjs at start for a build that has not been
// through it (a bare `npx next build`). A stamp beside BUILD_ID records that it ran for this build.
// Pages generated later are cut when they are cached (cache-handler.mjs) or, rendered per request,
// as they are sent (scripts/server.mjs). KEEP_FRAMEWORK_RUNTIME=1 turns all of it off.
// Usage: node scripts/strip-framework-runtime.mjs   (NEXT_DIST_DIR as for next build)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** KEEP_FRAMEWORK_RUNTIME=1 restores Next.js's own output: the full runtime on every page. */
export const keepFrameworkRuntime = process.env.KEEP_FRAMEWORK_RUNTIME === '1';

const STAMP = 'FRAMEWORK_RUNTIME_STRIPPED';

/** True when this build's prerendered pages have been stripped (the stamp names its BUILD_ID). */
export function prerenderedPagesStripped(distDir) {
  try {
    return (
      fs.readFileSync(path.join(distDir, STAMP), 'utf8') === fs.readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8')
    );
  } catch {
    return false;
  }
}

/** Strips every prerendered page of the build in `distDir`; returns how many pages and bytes before/after. */
export async function stripPrerenderedPages(distDir) {
  const { tsImport } = await import('tsx/esm/api');
  const { carriesFrameworkRuntime, stripFrameworkRuntime } = await tsImport(
    '../lib/html/stripFrameworkRuntime.ts',
    import.meta.url,
  );
  const totals = { pages: 0, stripped: 0, bytesBefore: 0, bytesAfter: 0 };
  const pagesDir = path.join(distDir, 'server', 'app');
  for (const entry of fs.readdirSync(pagesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = fs.readFileSync(file, 'utf8');
    totals.pages++;
    totals.bytesBefore += Buffer.byteLength(html);
    const stripped = carriesFrameworkRuntime(html) ? stripFrameworkRuntime(html) : html;
    totals.bytesAfter += Buffer.byteLength(stripped);
    if (stripped === html) continue;
    // A server reading this page meanwhile sees the old file or the new one, never half of one.
    fs.writeFileSync(`${file}.tmp`, stripped);
    fs.renameSync(`${file}.tmp`, file);
    totals.stripped++;
  }
  fs.copyFileSync(path.join(distDir, 'BUILD_ID'), path.join(distDir, STAMP));
  return totals;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (keepFrameworkRuntime) {
    console.log('KEEP_FRAMEWORK_RUNTIME=1: prerendered pages keep the framework runtime.');
  } else {
    const t = await stripPrerenderedPages(distDir);
    console.log(
      `Stripped the framework runtime from ${t.stripped} of ${t.pages} prerendered pages ` +
        `(${Math.round(t.bytesBefore / 1024)} KB → ${Math.round(t.bytesAfter / 1024)} KB of HTML).`,
    );
  }
}
