// Builds every browser island (components/<Name>.island.ts) into a minified ES module at
// public/islands/<kebab-name>.js, the file <IslandScript name="<kebab-name>"> loads. The output is
// not committed: this runs before every build (npm's prebuild), before `npm run dev` and the test
// server (scripts/e2e-serve.mjs), and in scripts/test.sh, so a fresh clone never lacks it.
// Usage: node scripts/build-islands.mjs [--watch]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import esbuild from 'esbuild';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'public', 'islands');
const { islandName } = await tsImport('../lib/islands/islandNames.ts', import.meta.url);
const { values } = parseArgs({ options: { watch: { type: 'boolean', default: false } } });

const entryPoints = fs
  .readdirSync(path.join(root, 'components'))
  .filter((file) => islandName(file))
  .map((file) => ({ in: path.join(root, 'components', file), out: islandName(file) }));

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints,
  outdir,
  bundle: true,
  format: 'esm',
  minify: true,
  // Browsers that run module scripts and custom elements; older ones keep the no-JavaScript page.
  target: ['es2020'],
  legalComments: 'none',
  logLevel: 'warning',
};

fs.rmSync(outdir, { recursive: true, force: true });
if (values.watch) await (await esbuild.context(options)).watch();
else await esbuild.build(options);
console.log(`${values.watch ? 'Watching' : 'Built'} ${entryPoints.length} islands → ${path.relative(root, outdir)}/`);
