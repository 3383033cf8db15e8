import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ftsQuery } from '@/lib/store/ftsQuery';
import { openStore } from '@/lib/store/openStore';
import { storeChecksum } from '@/lib/store/storeChecksum';
import { demoCopy, edit } from '@/lib/store/testing';
import { formatProblem } from '../problem';
import { compileStore } from './compileStore';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function demo() {
  const copy = demoCopy();
  roots.push(copy.root);
  return { ...copy, compile: (full = false) => compileStore({ ...copy, full }) };
}

function read<T>(storePath: string, query: (store: ReturnType<typeof openStore>) => T): T {
  const store = openStore(storePath, { readonly: true });
  try {
    return query(store);
  } finally {
    store.close();
  }
}

const checksumOf = (storePath: string) => read(storePath, storeChecksum);
const search = (storePath: string, words: string) =>
  read(storePath, (s) =>
    s
      .rows(
        'SELECT slug FROM stories WHERE rowid IN ' +
          '(SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?) ORDER BY slug',
        ftsQuery(words),
      )
      .map(([slug]) => slug),
  );

const BROKEN = `---
title: "A broken story"
dek: "It names an author who does not exist."
section: city
authors: [nobody]
publishedAt: "2026-11-20T08:00:00+00:00"
related: [no-such-story]
status: published
---

The body of a story that must not reach readers.
`;

describe('compileStore', () => {
  it('compiles the demo content in full the first time, then finds nothing to do', async () => {
    const { storePath, compile } = demo();
    const first = await compile();
    expect(first).toMatchObject({ ok: true, mode: 'full', filesRead: 113, parsed: 113, version: 1, stories: 35 });
    expect(first.commit).toBeNull();
    expect(first.problems).toEqual([]);
    expect(read(storePath, (s) => s.get('SELECT version, schema_version FROM meta'))).toEqual({
      version: 1,
      schema_version: 1,
    });
    expect(read(storePath, (s) => s.rows('PRAGMA integrity_check'))).toEqual([['ok']]);
    expect(read(storePath, (s) => s.get('PRAGMA journal_mode'))).toEqual({ journal_mode: 'wal' });
    // Drafts never enter the store; a published live story's posts do.
    expect(read(storePath, (s) => s.rows("SELECT slug FROM stories WHERE slug LIKE 'ottervane%'"))).toEqual([]);
    expect(
      read(storePath, (s) => s.rows("SELECT count(*) FROM live_posts WHERE story = 'assembly-levy-vote-live'")),
    ).toEqual([[7]]);
    expect(
      read(storePath, (s) =>
        s.get("SELECT section, format, title FROM stories WHERE slug = 'tidal-turbine-trial-harbour-mouth'"),
      ),
    ).toEqual({
      section: 'science',
      format: 'news',
      title: 'Tidal turbine trial at the harbour mouth cleared to start in spring',
    });
    expect(search(storePath, 'sediment seabirds')).toEqual(['tidal-turbine-trial-harbour-mouth']);

    const again = await compile();
    expect(again).toMatchObject({ ok: true, mode: 'unchanged', parsed: 0, changed: 0, version: 1, stories: 35 });
  }, 120_000);

  it('re-parses only the edited file, and an edit reverted gives the first checksum back', async () => {
    const { storePath, contentDir, compile, root } = demo();
    await compile();
    const original = checksumOf(storePath);
    const story = 'articles/tidal-turbine-trial-harbour-mouth.mdx';
    edit(contentDir, story, 'two small tidal turbines', 'two small kelpwheel turbines');

    const edited = await compile();
    expect(edited).toMatchObject({ ok: true, mode: 'incremental', filesRead: 113, parsed: 1, changed: 1, version: 2 });
    expect(search(storePath, 'kelpwheel')).toEqual(['tidal-turbine-trial-harbour-mouth']);
    expect(checksumOf(storePath)).not.toBe(original);

    edit(contentDir, story, 'two small kelpwheel turbines', 'two small tidal turbines');
    expect(await compile()).toMatchObject({ ok: true, mode: 'incremental', parsed: 1, changed: 1, version: 3 });
    expect(search(storePath, 'kelpwheel')).toEqual([]);
    expect(checksumOf(storePath)).toBe(original);

    // Deleted and compiled again from the same files: the same content tables.
    const again = path.join(root, 'again.sqlite');
    expect(await compileStore({ contentDir, publicDir: path.resolve('public'), storePath: again })).toMatchObject({
      mode: 'full',
      version: 1,
    });
    expect(checksumOf(again)).toBe(original);
  }, 120_000);

  it('after edits across files, an incremental compile holds what a full compile from scratch holds', async () => {
    const { storePath, contentDir, compile, root } = demo();
    await compile();
    // Posts inherit the live story's authors; the first story to write a topic names it; an author's role.
    edit(contentDir, 'articles/assembly-levy-vote-live.mdx', 'authors: [tomas-reyes-holm]', 'authors: [ines-okafor]');
    edit(contentDir, 'articles/assembly-levy-vote-live.mdx', '"Vessary Assembly"', '"VESSARY assembly"');
    edit(contentDir, 'authors/hana-whitcombe.mdx', 'Culture writer', 'Arts editor');
    fs.rmSync(path.join(contentDir, 'articles/rovers-name-interim-manager.mdx'));
    const added = fs.readFileSync(path.join(contentDir, 'articles/lantern-walk-record-crowd.mdx'), 'utf8');
    fs.writeFileSync(
      path.join(contentDir, 'articles/lantern-walk-second-night.mdx'),
      added.replace(/title: ".*"/, 'title: "Lanterns again"'),
    );

    // 3 changed files, and the live story's 7 posts: their rows are rewritten with its new authors.
    expect(await compile()).toMatchObject({ ok: true, mode: 'incremental', parsed: 10, changed: 3, removed: 1 });
    expect(read(storePath, (s) => s.get("SELECT name FROM topics WHERE slug = 'vessary-assembly'"))).toEqual({
      name: 'VESSARY assembly',
    });
    const inherited = read(storePath, (s) =>
      s.get("SELECT data FROM live_posts WHERE story = 'assembly-levy-vote-live' AND slug = '20261110-1340'"),
    );
    expect(JSON.parse(String(inherited?.data)).authors).toEqual(['ines-okafor']);

    const scratch = path.join(root, 'scratch.sqlite');
    await compileStore({ contentDir, publicDir: path.resolve('public'), storePath: scratch });
    expect(checksumOf(storePath)).toBe(checksumOf(scratch));
  }, 120_000);

  it('removes a deleted story from the rows and the search index', async () => {
    const { storePath, contentDir, compile } = demo();
    await compile();
    fs.rmSync(path.join(contentDir, 'articles/tidal-turbine-trial-harbour-mouth.mdx'));
    expect(await compile()).toMatchObject({ ok: true, mode: 'incremental', parsed: 0, removed: 1, stories: 34 });
    expect(search(storePath, 'sediment seabirds')).toEqual([]);
    expect(read(storePath, (s) => s.rows("SELECT * FROM story_topics WHERE story LIKE 'tidal-turbine%'"))).toEqual([]);
  }, 120_000);

  it('leaves the last good version in place when a published file has errors, listing every one', async () => {
    const { storePath, contentDir, compile } = demo();
    await compile();
    const before = checksumOf(storePath);
    const file = path.join(contentDir, 'articles/a-broken-story.mdx');
    fs.writeFileSync(file, BROKEN);

    const result = await compile();
    expect(result).toMatchObject({ ok: false, version: 1, parsed: 1 });
    const shown = path.relative(process.cwd(), file);
    expect(result.problems.map(formatProblem)).toEqual([
      `${shown}:5:11 error authors[0]: "nobody" is not an author; known: hana-whitcombe, ines-okafor, mateo-farrant, ` +
        'oren-castell, priya-lindqvist, tomas-reyes-holm',
      `${shown}:7:11 error related[0]: "no-such-story" is not an article; use the file name of an article in ` +
        'content/articles/',
    ]);
    expect(read(storePath, (s) => s.get('SELECT version FROM meta'))).toEqual({ version: 1 });
    expect(checksumOf(storePath)).toBe(before);
  }, 120_000);

  it('finds errors an edit causes in files it did not touch (an author removed)', async () => {
    const { storePath, contentDir, compile } = demo();
    await compile();
    fs.rmSync(path.join(contentDir, 'authors/oren-castell.mdx'));
    const result = await compile();
    expect(result.ok).toBe(false);
    const files = new Set(result.problems.map((p) => path.basename(p.file)));
    expect(files).toEqual(
      new Set([
        'brackenfold-stand-expansion-plan.mdx',
        'coastal-half-marathon-new-harbour-route.mdx',
        'merrow-rovers-accounts-losses-narrow.mdx',
        'rovers-late-winner-against-kelsbridge.mdx',
        'rovers-name-interim-manager.mdx',
        'schools-cross-country-record-entry.mdx',
        'youth-football-heat-rules-adopted.mdx',
        'late-trams-after-rovers-games-extended.mdx',
      ]),
    );
    expect(read(storePath, (s) => s.get('SELECT version FROM meta'))).toEqual({ version: 1 });
  }, 120_000);

  it('keeps a broken draft out with a warning', async () => {
    const { storePath, contentDir, compile } = demo();
    await compile();
    fs.writeFileSync(
      path.join(contentDir, 'articles/a-broken-draft.mdx'),
      BROKEN.replace('status: published', 'status: draft'),
    );
    const result = await compile();
    expect(result).toMatchObject({ ok: true, mode: 'incremental', version: 2, stories: 35 });
    expect(result.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.field}`)).toEqual([
      '5:11 warning authors[0]',
      '7:11 warning related[0]',
    ]);
    expect(read(storePath, (s) => s.rows('SELECT file, line, col, severity FROM problems'))).toEqual([
      ['articles/a-broken-draft.mdx', 5, 11, 'warning'],
      ['articles/a-broken-draft.mdx', 7, 11, 'warning'],
    ]);
    expect(read(storePath, (s) => s.rows("SELECT slug FROM stories WHERE slug = 'a-broken-draft'"))).toEqual([]);
  }, 120_000);

  it('compiles in full over a file that is not a store', async () => {
    const { storePath, compile } = demo();
    fs.mkdirSync(path.dirname(storePath), { recursive: true });
    fs.writeFileSync(storePath, 'not a database');
    expect(await compile()).toMatchObject({ ok: true, mode: 'full', version: 1, stories: 35 });
    expect(read(storePath, (s) => s.rows('PRAGMA integrity_check'))).toEqual([['ok']]);
  }, 120_000);

  it("refuses to write while another compile holds the store, and takes over a dead one's lock", async () => {
    const { storePath, compile } = demo();
    fs.mkdirSync(path.dirname(storePath), { recursive: true });
    fs.writeFileSync(`${storePath}.lock`, String(process.pid));
    await expect(compile()).rejects.toThrow(
      `another compile (pid ${process.pid}) is writing ${storePath}: wait for it to finish`,
    );
    expect(fs.existsSync(storePath)).toBe(false);
    // No process has pid 2^22 + 1 (above Linux's pid_max).
    fs.writeFileSync(`${storePath}.lock`, '4194305');
    expect(await compile()).toMatchObject({ ok: true, version: 1 });
    expect(fs.existsSync(`${storePath}.lock`)).toBe(false);
  }, 120_000);

  it('records the commit of a content folder that is a git checkout', async () => {
    const { contentDir, compile } = demo();
    const { execFileSync } = await import('node:child_process');
    const env = { NODE_ENV: 'test', PATH: process.env.PATH, HOME: contentDir, GIT_CONFIG_NOSYSTEM: '1' } as const;
    const git = (...args: string[]) => execFileSync('git', ['-C', contentDir, ...args], { env, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=Desk', '-c', 'user.email=desk@example.com', 'commit', '-q', '-m', 'content');
    const head = git('rev-parse', 'HEAD').trim();
    expect(head).toMatch(/^[0-9a-f]{40}$/);
    expect((await compile()).commit).toBe(head);
  }, 120_000);
});
