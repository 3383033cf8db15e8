import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The boundaries live in biome.json (noRestrictedImports); this lints scratch files written inside the repo, so
// the overrides for their folders apply, and expects each deliberate violation to fail naming the rule.
// Scratch folders, not files beside real ones: other tests list components/ and app/.
const scratch = `__lint_scratch_${process.pid}`;
const RULE = 'lint/style/noRestrictedImports';

interface Case {
  file: string;
  source: string;
  fails: boolean;
}

const cases: Case[] = [
  { file: 'lib/x/Mdx.ts', source: "import { compileMDX } from 'next-mdx-remote/rsc';", fails: true },
  { file: 'lib/x/MdxRoot.ts', source: "import * as mdx from 'next-mdx-remote';", fails: true },
  { file: 'lib/x/MdxLazy.ts', source: "export const load = () => import('next-mdx-remote/serialize');", fails: true },
  { file: 'lib/mdx/x/Mdx.ts', source: "import { compileMDX } from 'next-mdx-remote/rsc';", fails: false },
  { file: 'lib/x/Stage.ts', source: "import { loadContent } from '@/lib/content/loadContent';", fails: true },
  { file: 'lib/x/StageRelative.ts', source: "import { parseFile } from '../content/parseFile';", fails: true },
  { file: 'scripts/x/Stage.ts', source: "import { enrichSection } from '@/lib/content/enrich';", fails: true },
  { file: 'lib/x/Door.ts', source: "import { getReaderView } from '@/lib/content/views';", fails: false },
  { file: 'lib/content/x/Stage.ts', source: "import { parseFile } from '../parseFile';", fails: false },
  { file: 'components/x/Views.tsx', source: "import { getReaderView } from '@/lib/content/views';", fails: true },
  { file: 'components/x/Types.tsx', source: "import { articlePath } from '@/lib/content/types';", fails: false },
  { file: 'components/x/Bad.island.ts', source: "import { articlePath } from '@/lib/content/types';", fails: true },
  { file: 'components/x/React.island.ts', source: "import { useState } from 'react';", fails: true },
  { file: 'components/x/Sibling.island.ts', source: "import { Byline } from '../Byline';", fails: true },
  {
    file: 'components/x/Good.island.ts',
    source: "import { whenParsed } from '@/lib/islands/whenParsed';",
    fails: false,
  },
  {
    file: 'components/x/Helper.island.ts',
    source: "import { countedTitle } from '@/lib/live/newUpdates';",
    fails: false,
  },
];

const scratchPath = (file: string) => file.replace('/x/', `/${scratch}/`);
const roots = [...new Set(cases.map((c) => path.dirname(scratchPath(c.file))))];
const failing = new Map<string, string[]>();

beforeAll(() => {
  for (const c of cases) {
    fs.mkdirSync(path.dirname(scratchPath(c.file)), { recursive: true });
    fs.writeFileSync(scratchPath(c.file), `${c.source}\n\nexport const used = typeof 0;\n`);
  }
  const biome = path.resolve('node_modules/.bin/biome');
  const run = spawnSync(
    biome,
    ['lint', '--only=style/noRestrictedImports', '--reporter=json', '--max-diagnostics=none', ...roots],
    { encoding: 'utf8' },
  );
  const report = JSON.parse(run.stdout) as { diagnostics: { category: string; location: { path: string } }[] };
  for (const d of report.diagnostics)
    failing.set(d.location.path, [...(failing.get(d.location.path) ?? []), d.category]);
}, 30_000);

afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

describe('import boundaries in biome.json', () => {
  it.each(cases.filter((c) => c.fails))('$file: $source fails the lint', ({ file }) => {
    expect(failing.get(scratchPath(file))).toEqual([RULE]);
  });

  it.each(cases.filter((c) => !c.fails))('$file: $source passes', ({ file }) => {
    expect(failing.get(scratchPath(file))).toBeUndefined();
  });
});
