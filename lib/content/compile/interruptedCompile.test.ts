import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openStore } from '@/lib/store/openStore';
import { storeChecksum } from '@/lib/store/storeChecksum';
import { demoCopy, edit } from '@/lib/store/testing';
import { compileStore } from './compileStore';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** `npm run content:compile` as a child process, paused after `pauseAfter` story rows, then killed with SIGKILL. */
async function killMidWrite(contentDir: string, storePath: string, pauseAfter: number, args: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/compile-content.ts', ...args], {
    cwd: process.cwd(),
    env: {
      NODE_ENV: 'test',
      PATH: process.env.PATH,
      CONTENT_DIR: contentDir,
      CONTENT_STORE: storePath,
      MASTHEAD_COMPILE_PAUSE_AFTER: String(pauseAfter),
    } satisfies NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      if (stderr.includes('paused')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the compile ended (${code}) before pausing: ${stderr}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
}

function inspect(storePath: string) {
  const store = openStore(storePath, { readonly: true });
  try {
    return {
      version: store.get('SELECT version FROM meta')?.version,
      integrity: store.rows('PRAGMA integrity_check'),
      checksum: storeChecksum(store),
    };
  } finally {
    store.close();
  }
}

it('leaves the previous store intact when an incremental or a full compile is killed half-way', async () => {
  const { root, contentDir, publicDir, storePath } = demoCopy();
  roots.push(root);
  await compileStore({ contentDir, publicDir, storePath });
  const before = inspect(storePath);
  expect(before).toMatchObject({ version: 1, integrity: [['ok']] });

  edit(contentDir, 'articles/tidal-turbine-trial-harbour-mouth.mdx', 'two small tidal turbines', 'two kelpwheels');
  await killMidWrite(contentDir, storePath, 1);
  expect(inspect(storePath)).toEqual(before);

  await killMidWrite(contentDir, storePath, 20, ['--full']);
  expect(inspect(storePath)).toEqual(before);
  const leftBehind = fs.readdirSync(path.dirname(storePath)).filter((name) => name.includes('.tmp-'));
  expect(leftBehind.length).toBeGreaterThan(0);

  // The next compile finishes the work and clears what the killed one left.
  expect(await compileStore({ contentDir, publicDir, storePath })).toMatchObject({ ok: true, version: 2, parsed: 1 });
  expect(await compileStore({ contentDir, publicDir, storePath, full: true })).toMatchObject({ ok: true, version: 3 });
  expect(fs.readdirSync(path.dirname(storePath)).filter((name) => name.includes('.tmp-'))).toEqual([]);
  expect(inspect(storePath).integrity).toEqual([['ok']]);
}, 180_000);
