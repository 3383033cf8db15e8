import type { Store } from '@/lib/store/openStore';
import { SCHEMA_VERSION } from '@/lib/store/schema';
import type { SourceRecord } from '@/lib/store/sourceFiles';
import type { ContentIndex } from '../buildIndex';
import type { Article, LivePost } from '../types';

/** What one compile writes: the loaded content and which files changed since the store's last version. */
export interface WritePlan {
  index: ContentIndex;
  /** Store keys (`articles/x.mdx`) of files added or changed; every file on a full compile. */
  changed: ReadonlySet<string>;
  /** Every file read, with its bytes' hash and its parse cache entry (JSON), for `sources`. */
  sources: ReadonlyMap<string, SourceRecord & { parsed: string | null }>;
  /** The store key of a loader's file path. */
  keyOf: (file: string) => string;
  /** A file's frontmatter as written (its YAML's data), by store key. */
  frontmatterOf: (key: string) => unknown;
  meta: { version: number; commit: string | null; compiledAt: string };
  /** Called after each story row, for the interrupted-compile test's pause. */
  afterStory?: (written: number) => void;
}

/** Stories readers may ever see: drafts never enter the store (a preview reads its file). */
export const storedStories = (index: ContentIndex): Article[] => index.articles.filter((a) => a.status !== 'draft');

/** Posts that are not drafts, of stories in the store. */
export function storedPosts(index: ContentIndex, stories: ReadonlySet<string>): LivePost[] {
  return index.livePosts.filter((p) => p.status !== 'draft' && stories.has(p.story));
}

/** Which rows a compile rewrites: its stories and posts, then everything small. */
export interface Written {
  stories: number;
  storiesWritten: number;
  postsWritten: number;
}

/**
 * Rows are rewritten for changed files only (a post also when its story changed: it inherits the story's authors).
 * The small tables are rewritten whole: a few rows per section, author, page and topic, and a topic's name may come
 * from another story's file.
 */
export function writeContent(store: Store, plan: WritePlan): Written {
  const { index, changed, keyOf } = plan;
  const stories = storedStories(index);
  const slugs = new Set(stories.map((a) => a.slug));
  const storyFile = new Map(stories.map((a) => [a.slug, keyOf(a.file)]));

  const inStore = new Set(store.rows('SELECT slug FROM stories').map(([slug]) => String(slug)));
  const writeStories = stories.filter((a) => changed.has(keyOf(a.file)) || !inStore.has(a.slug));
  const rewrite = new Set(writeStories.map((a) => a.slug));
  for (const slug of inStore) if (!slugs.has(slug) || rewrite.has(slug)) deleteStory(store, slug);
  writeStories.forEach((a, i) => {
    insertStory(store, a, keyOf(a.file), plan.frontmatterOf(keyOf(a.file)));
    plan.afterStory?.(i + 1);
  });

  const posts = storedPosts(index, slugs);
  const key = (story: unknown, slug: unknown) => `${story}/${slug}`;
  const postsInStore = new Set(store.rows('SELECT story, slug FROM live_posts').map(([s, p]) => key(s, p)));
  const wanted = new Set(posts.map((p) => key(p.story, p.slug)));
  const writePosts = posts.filter(
    (p) =>
      changed.has(keyOf(p.file)) || changed.has(storyFile.get(p.story)!) || !postsInStore.has(key(p.story, p.slug)),
  );
  const rewritePosts = new Set(writePosts.map((p) => key(p.story, p.slug)));
  for (const k of postsInStore)
    if (!wanted.has(k) || rewritePosts.has(k))
      store.run('DELETE FROM live_posts WHERE story = ? AND slug = ?', ...k.split('/'));
  for (const post of writePosts) insertPost(store, post, keyOf(post.file));

  rewriteSmallTables(store, index, stories, keyOf);
  writeSources(store, plan.sources);
  const { version, commit, compiledAt } = plan.meta;
  store.run(
    'INSERT OR REPLACE INTO meta (id, version, "commit", schema_version, compiled_at) VALUES (1, ?, ?, ?, ?)',
    version,
    commit,
    SCHEMA_VERSION,
    compiledAt,
  );
  return { stories: stories.length, storiesWritten: writeStories.length, postsWritten: writePosts.length };
}

function deleteStory(store: Store, slug: string): void {
  store.run('DELETE FROM stories_fts WHERE rowid = (SELECT rowid FROM stories WHERE slug = ?)', slug);
  store.run('DELETE FROM story_topics WHERE story = ?', slug);
  store.run('DELETE FROM stories WHERE slug = ?', slug);
}

const iso = (date: Date | undefined) => date?.toISOString() ?? null;
const bodyStart = (item: { source: string; body: string }) => item.source.length - item.body.length;

/** An object's plain fields as JSON, without the ones kept in columns of their own; getters are not called. */
function fieldsJson(value: object, omit: readonly string[]): string {
  const fields: Record<string, unknown> = {};
  for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value)))
    if (!descriptor.get && !omit.includes(name)) fields[name] = descriptor.value;
  return JSON.stringify(fields);
}

function insertStory(store: Store, a: Article, file: string, frontmatter: unknown): void {
  store.run(
    `INSERT INTO stories (slug, file, section, status, published_at, modified_at, format, live_until, breaking, title,
      dek, frontmatter, article, source, body_start, plain_text, word_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    a.slug,
    file,
    a.section,
    a.status,
    iso(a.publishedAt),
    iso(a.modifiedAt),
    a.format,
    iso(a.liveUntil),
    a.breaking ? 1 : 0,
    a.title,
    a.dek,
    JSON.stringify(frontmatter),
    fieldsJson(a, ['slug', 'file', 'source', 'body', 'topics']),
    a.source,
    bodyStart(a),
    a.plainText,
    a.wordCount,
  );
  store.run(
    'INSERT INTO stories_fts (rowid, title, dek, body) ' +
      'SELECT rowid, title, dek, plain_text FROM stories WHERE slug = ?',
    a.slug,
  );
  a.topics.forEach((topic, i) => {
    store.run('INSERT INTO story_topics (story, topic, position) VALUES (?, ?, ?)', a.slug, topic.slug, i);
  });
}

function insertPost(store: Store, p: LivePost, file: string): void {
  store.run(
    `INSERT INTO live_posts (story, slug, file, status, at, title, key_event, pinned, data, source, body_start,
      plain_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    p.story,
    p.slug,
    file,
    p.status,
    iso(p.at),
    p.title ?? null,
    p.key ? 1 : 0,
    p.pinned ? 1 : 0,
    fieldsJson(p, ['story', 'slug', 'file', 'source', 'body']),
    p.source,
    bodyStart(p),
    p.plainText,
  );
}

function rewriteSmallTables(store: Store, index: ContentIndex, stories: Article[], keyOf: (file: string) => string) {
  store.exec('DELETE FROM authors; DELETE FROM sections; DELETE FROM pages; DELETE FROM topics; DELETE FROM redirects');
  for (const a of index.authors)
    store.run(
      'INSERT INTO authors (slug, file, name, data, bio) VALUES (?, ?, ?, ?, ?)',
      a.slug,
      keyOf(a.file),
      a.name,
      fieldsJson(a, ['slug', 'file', 'bio']),
      a.bio,
    );
  for (const s of index.sections)
    store.run(
      'INSERT INTO sections (slug, file, title, position, data, intro) VALUES (?, ?, ?, ?, ?, ?)',
      s.slug,
      keyOf(s.file),
      s.title,
      s.order,
      fieldsJson(s, ['slug', 'file', 'intro']),
      s.intro,
    );
  for (const p of index.pages)
    store.run(
      'INSERT INTO pages (slug, file, title, data, source, body_start) VALUES (?, ?, ?, ?, ?, ?)',
      p.slug,
      keyOf(p.file),
      p.title,
      fieldsJson(p, ['slug', 'file', 'source', 'body']),
      p.source,
      bodyStart(p),
    );
  const topics = new Map(stories.flatMap((a) => a.topics.map((t) => [t.slug, t.name] as const)));
  for (const [slug, name] of topics) store.run('INSERT INTO topics (slug, name) VALUES (?, ?)', slug, name);
  const slugs = new Set(stories.map((a) => a.slug));
  for (const [old, slug] of index.redirects)
    if (slugs.has(slug)) store.run('INSERT INTO redirects (old_slug, slug) VALUES (?, ?)', old, slug);
  store.exec('DELETE FROM problems');
  for (const p of index.problems)
    store.run(
      'INSERT INTO problems (file, line, col, severity, field, message) VALUES (?, ?, ?, ?, ?, ?)',
      keyOf(p.file),
      p.line,
      p.column,
      p.severity,
      p.field ?? null,
      p.message,
    );
}

function writeSources(store: Store, sources: WritePlan['sources']): void {
  const inStore = new Map(store.rows('SELECT file, sha256, size, mtime_ms FROM sources').map((r) => [r[0], r]));
  for (const file of inStore.keys())
    if (!sources.has(String(file))) store.run('DELETE FROM sources WHERE file = ?', file);
  for (const [file, s] of sources) {
    const row = inStore.get(file);
    if (row && row[1] === s.sha256 && row[2] === s.size && row[3] === s.mtimeMs) continue;
    store.run(
      'INSERT OR REPLACE INTO sources (file, sha256, size, mtime_ms, parsed) VALUES (?, ?, ?, ?, ?)',
      file,
      s.sha256,
      s.size,
      s.mtimeMs,
      s.parsed,
    );
  }
}
