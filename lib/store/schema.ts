/**
 * The store's tables. Raise SCHEMA_VERSION with any change here: a store of another version is "wrong-schema" and
 * is compiled again in full (storeState.ts).
 */
export const SCHEMA_VERSION = 1;

/** The tables derived from content, in the order the checksum reads them, each with its key order. */
export const CONTENT_TABLES: readonly { table: string; columns: string; orderBy: string }[] = [
  { table: 'sources', columns: 'file, sha256', orderBy: 'file' },
  {
    table: 'stories',
    columns:
      'slug, file, section, status, published_at, modified_at, format, live_until, breaking, title, dek, ' +
      'frontmatter, article, source, body_start, plain_text, word_count',
    orderBy: 'slug',
  },
  { table: 'authors', columns: 'slug, file, name, data, bio', orderBy: 'slug' },
  { table: 'sections', columns: 'slug, file, title, position, data, intro', orderBy: 'slug' },
  { table: 'topics', columns: 'slug, name', orderBy: 'slug' },
  { table: 'story_topics', columns: 'story, topic, position', orderBy: 'story, topic' },
  {
    table: 'live_posts',
    columns: 'story, slug, file, status, at, title, key_event, pinned, data, source, body_start, plain_text',
    orderBy: 'story, slug',
  },
  { table: 'pages', columns: 'slug, file, title, data, source, body_start', orderBy: 'slug' },
  { table: 'redirects', columns: 'old_slug, slug', orderBy: 'old_slug' },
  { table: 'problems', columns: 'file, line, col, severity, field, message', orderBy: 'file, line, col, message' },
];

/**
 * Dates are ISO 8601 UTC text (sortable); JSON columns hold what a page needs to rebuild its object. `sources` is
 * also the parse cache: an unchanged file is answered from `parsed` instead of being parsed again.
 */
export const SCHEMA_SQL = `
CREATE TABLE meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL,
  "commit" TEXT,
  schema_version INTEGER NOT NULL,
  compiled_at TEXT NOT NULL
);
CREATE TABLE sources (
  file TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  parsed TEXT
);
CREATE TABLE stories (
  slug TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  section TEXT NOT NULL,
  status TEXT NOT NULL,
  published_at TEXT NOT NULL,
  modified_at TEXT NOT NULL,
  format TEXT NOT NULL,
  live_until TEXT,
  breaking INTEGER NOT NULL,
  title TEXT NOT NULL,
  dek TEXT NOT NULL,
  frontmatter TEXT NOT NULL,
  article TEXT NOT NULL,
  source TEXT NOT NULL,
  body_start INTEGER NOT NULL,
  plain_text TEXT NOT NULL,
  word_count INTEGER NOT NULL
);
CREATE INDEX stories_by_published ON stories (published_at DESC, slug);
CREATE INDEX stories_by_section ON stories (section, published_at DESC, slug);
CREATE TABLE authors (slug TEXT PRIMARY KEY, file TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL,
  bio TEXT NOT NULL);
CREATE TABLE sections (slug TEXT PRIMARY KEY, file TEXT NOT NULL, title TEXT NOT NULL, position INTEGER NOT NULL,
  data TEXT NOT NULL, intro TEXT NOT NULL);
CREATE TABLE topics (slug TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE story_topics (story TEXT NOT NULL, topic TEXT NOT NULL, position INTEGER NOT NULL,
  PRIMARY KEY (story, topic));
CREATE INDEX story_topics_by_topic ON story_topics (topic, story);
CREATE TABLE live_posts (
  story TEXT NOT NULL,
  slug TEXT NOT NULL,
  file TEXT NOT NULL,
  status TEXT NOT NULL,
  at TEXT NOT NULL,
  title TEXT,
  key_event INTEGER NOT NULL,
  pinned INTEGER NOT NULL,
  data TEXT NOT NULL,
  source TEXT NOT NULL,
  body_start INTEGER NOT NULL,
  plain_text TEXT NOT NULL,
  PRIMARY KEY (story, slug)
);
CREATE TABLE pages (slug TEXT PRIMARY KEY, file TEXT NOT NULL, title TEXT NOT NULL, data TEXT NOT NULL,
  source TEXT NOT NULL, body_start INTEGER NOT NULL);
CREATE TABLE redirects (old_slug TEXT PRIMARY KEY, slug TEXT NOT NULL);
CREATE TABLE problems (file TEXT NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL, severity TEXT NOT NULL,
  field TEXT, message TEXT NOT NULL);
-- Contentless: search reads rowids (stories.rowid) and builds snippets from the rows it shows.
CREATE VIRTUAL TABLE stories_fts USING fts5(
  title, dek, body, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2'
);
`;
