import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileStore } from '@/lib/content/compile/compileStore';
import { openStore } from './openStore';
import { storeState } from './storeState';
import { demoCopy, edit } from './testing';

let demo: ReturnType<typeof demoCopy>;
beforeAll(async () => {
  demo = demoCopy();
  await compileStore(demo);
}, 120_000);
afterAll(() => fs.rmSync(demo.root, { recursive: true, force: true }));

/** A copy of the compiled store, so each case can spoil its own. */
function storeCopy(name: string): string {
  const copy = path.join(demo.root, `${name}.sqlite`);
  fs.copyFileSync(demo.storePath, copy);
  return copy;
}

describe('storeState', () => {
  it('is ok right after a compile, and after a file is touched without an edit', () => {
    expect(storeState(demo.storePath, demo.contentDir)).toEqual({
      state: 'ok',
      message: `the content store ${demo.storePath} is at version 1`,
    });
    const file = path.join(demo.contentDir, 'sections/city.mdx');
    fs.utimesSync(file, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    expect(storeState(demo.storePath, demo.contentDir).state).toBe('ok');
  });

  it('is missing when there is no file', () => {
    const absent = path.join(demo.root, 'absent.sqlite');
    expect(storeState(absent, demo.contentDir)).toEqual({
      state: 'missing',
      message: `the content store ${absent} does not exist: run \`npm run content:compile\``,
    });
  });

  it('is corrupt when the file is not a store', () => {
    const junk = path.join(demo.root, 'junk.sqlite');
    fs.writeFileSync(junk, 'these are not the pages of a database, '.repeat(200));
    const empty = path.join(demo.root, 'empty.sqlite');
    fs.writeFileSync(empty, '');
    for (const file of [junk, empty])
      expect(storeState(file, demo.contentDir)).toEqual({
        state: 'corrupt',
        message:
          `the content store ${file} cannot be read (not a store, or damaged): ` +
          'run `npm run content:compile -- --full`',
      });
  });

  it('is wrong-schema when another version of the code wrote it', () => {
    const copy = storeCopy('old-schema');
    const store = openStore(copy, { readonly: false });
    store.run('UPDATE meta SET schema_version = 0');
    store.close();
    expect(storeState(copy, demo.contentDir)).toEqual({
      state: 'wrong-schema',
      message: `the content store ${copy} has schema 0, this code reads 1: run \`npm run content:compile -- --full\``,
    });
  });

  it('is stale when a file changed, was added or was removed since the compile', () => {
    const message = (why: string) =>
      `the content store ${demo.storePath} is older than ${demo.contentDir} (${why}): run \`npm run content:compile\``;
    const story = 'articles/tidal-turbine-trial-harbour-mouth.mdx';
    edit(demo.contentDir, story, 'two small tidal turbines', 'two small kelpwheel turbines');
    expect(storeState(demo.storePath, demo.contentDir)).toEqual({
      state: 'stale',
      message: message(`${story} changed`),
    });
    edit(demo.contentDir, story, 'two small kelpwheel turbines', 'two small tidal turbines');
    expect(storeState(demo.storePath, demo.contentDir).state).toBe('ok');

    const added = path.join(demo.contentDir, 'live/assembly-levy-vote-live/20261110-1900.mdx');
    fs.writeFileSync(added, '---\nat: "2026-11-10T19:00:00+00:00"\nstatus: published\n---\n\nA late post.\n');
    expect(storeState(demo.storePath, demo.contentDir)).toEqual({
      state: 'stale',
      message: message('live/assembly-levy-vote-live/20261110-1900.mdx is new'),
    });
    fs.rmSync(added);

    fs.renameSync(path.join(demo.contentDir, 'pages/contact.mdx'), path.join(demo.root, 'contact.mdx'));
    expect(storeState(demo.storePath, demo.contentDir)).toEqual({
      state: 'stale',
      message: message('pages/contact.mdx was removed'),
    });
    fs.renameSync(path.join(demo.root, 'contact.mdx'), path.join(demo.contentDir, 'pages/contact.mdx'));
    expect(storeState(demo.storePath, demo.contentDir).state).toBe('ok');
  });
});
