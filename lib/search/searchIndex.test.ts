import path from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import type { Article } from '@/lib/content/types';
import { viewsAt } from '@/lib/content/views';
import {
  buildSearchIndex,
  buildSearchIndexInSlices,
  CACHED_QUERIES,
  engineOptions,
  MAX_FUZZY_TERMS,
  MAX_PREFIX_EXPANSION,
  MAX_QUERY_TERMS,
  queryTerms,
  type SearchRequest,
  searchArticles,
  searchDocuments,
  searchKey,
} from './searchIndex';
import { getSearchIndex, searchView } from './searchView';

const topic = (name: string) => ({ name, slug: name.toLowerCase().replace(/\s+/g, '-') });
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9));

function corpus(): Article[] {
  return [
    articleStub('harbour-wall-repaired', {
      title: 'Harbour wall repaired before winter storms',
      dek: 'Engineers finished a month early.',
      topics: [topic('Floods')],
      body: '## The wall\n\nThe <PullQuote by="Ada Vell">It held.</PullQuote> repairs cost £2m.',
      publishedAt: day(10),
    }),
    articleStub('storm-surge-narrows', {
      title: 'Storm surge floods cellars in the Narrows',
      dek: 'The harbour gates held, the council says.',
      topics: [topic('Floods')],
      body: 'Water reached the harbour steps and the cellars of Fennick Street.',
      publishedAt: day(12),
    }),
    articleStub('rovers-late-winner', {
      title: 'Rovers snatch a late winner at Quayside Park',
      dek: 'A header in stoppage time.',
      section: 'sport',
      topics: [topic('Football')],
      body: 'The winner came from a corner after a long spell of harbour-end pressure.',
      publishedAt: day(5),
    }),
    articleStub('bakery-sourdough', {
      title: 'Bakery opens on the high street',
      dek: 'Sourdough and pastries.',
      section: 'business',
      authors: ['ines-okafor'],
      body: 'The bakery opened with a queue around the block for its sourdough.',
      publishedAt: day(7),
    }),
    // Identical text, different days: only recency can order them.
    articleStub('tram-twin-older', {
      title: 'Tram timetable changes',
      body: 'Trams every ten minutes.',
      publishedAt: day(1),
    }),
    articleStub('tram-twin-newer', {
      title: 'Tram timetable changes',
      body: 'Trams every ten minutes.',
      publishedAt: day(2),
    }),
    ...Array.from({ length: 23 }, (_, i) =>
      articleStub(`lantern-walk-${i}`, {
        title: `Lantern walk night ${i}`,
        body: 'Lanterns along the quay.',
        section: i % 2 ? 'culture' : 'city',
        publishedAt: day(1 + (i % 20)),
      }),
    ),
  ];
}

const DRAFT = articleStub('secret-draft', {
  title: 'Quillmoor bog secret',
  status: 'draft',
  body: 'Quillmoor peat and Ottervane stitches.',
});
const authors: Record<string, string> = { 'ada-vell': 'Ada Vell', 'ines-okafor': 'Ines Okafor' };
const index = buildSearchIndex(corpus(), (slug) => authors[slug]);
const search = (q: string, more: Partial<SearchRequest> = {}) => searchArticles(index, { q, page: 1, ...more });
const slugs = (q: string, more: Partial<SearchRequest> = {}) => search(q, more).hits.map((h) => h.article.slug);

describe('searchArticles', () => {
  it('finds the story with a distinctive word first', () => {
    expect(slugs('sourdough')[0]).toBe('bakery-sourdough');
    expect(slugs('Quayside')).toEqual(['rovers-late-winner']);
  });

  it('ranks headline matches above body matches', () => {
    const found = slugs('harbour');
    expect(found[0]).toBe('harbour-wall-repaired');
    expect(found).toEqual(expect.arrayContaining(['storm-surge-narrows', 'rovers-late-winner']));
    expect(found.indexOf('rovers-late-winner')).toBeGreaterThan(found.indexOf('storm-surge-narrows'));
  });

  it('forgives a typo', () => {
    expect(slugs('sourdoguh')[0]).toBe('bakery-sourdough');
    expect(slugs('harbor')[0]).toBe('harbour-wall-repaired');
  });

  it('matches the start of a word of four letters or more', () => {
    expect(slugs('sourd')[0]).toBe('bakery-sourdough');
    expect(slugs('quaysi')).toEqual(['rovers-late-winner']);
    expect(slugs('bake')).toEqual(['bakery-sourdough']);
    expect(slugs('bak')).toEqual([]);
  });

  it('needs every word: more words, fewer results', () => {
    expect(slugs('harbour cellars')).toEqual(['storm-surge-narrows']);
    expect(slugs('harbour sourdough')).toEqual([]);
  });

  it('searches topics, author names and visible component text', () => {
    expect(slugs('football')).toEqual(['rovers-late-winner']);
    expect(slugs('okafor')).toEqual(['bakery-sourdough']);
    expect(slugs('vell')).toContain('harbour-wall-repaired');
    expect(slugs('pullquote')).toEqual([]);
  });

  it('breaks ties by recency', () => {
    expect(slugs('timetable')).toEqual(['tram-twin-newer', 'tram-twin-older']);
  });

  it('reports the terms each story matched, for highlighting', () => {
    const hit = search('harbor').hits[0]!;
    expect([...hit.terms]).toContain('harbour');
  });

  it('filters by section and counts every section', () => {
    const all = search('lantern');
    expect(all.total).toBe(23);
    expect(all.bySection.get('city')).toBe(12);
    expect(all.bySection.get('culture')).toBe(11);
    const culture = search('lantern', { section: 'culture' });
    expect(culture.total).toBe(11);
    expect(culture.hits.every((h) => h.article.section === 'culture')).toBe(true);
    expect(culture.bySection.get('city')).toBe(12);
  });

  it('pages ten at a time and flags pages past the end', () => {
    const pages = [1, 2, 3].map((page) => search('lantern', { page }));
    expect(pages.map((p) => p.hits.length)).toEqual([10, 10, 3]);
    expect(pages.every((p) => p.pageCount === 3 && !p.outOfRange)).toBe(true);
    expect(new Set(pages.flatMap((p) => p.hits.map((h) => h.article.slug))).size).toBe(23);
    expect(search('lantern', { page: 4 })).toMatchObject({ outOfRange: true, hits: [], total: 23, pageCount: 3 });
    expect(search('nothingmatchesthis', { page: 1 })).toMatchObject({
      outOfRange: false,
      hits: [],
      total: 0,
      pageCount: 1,
    });
    for (const page of [Number.NaN, -5, 0, Infinity]) expect(search('lantern', { page }).page).toBe(1);
  });

  it('finds nothing for an empty query or one of only common words', () => {
    for (const q of ['', '   ', 'the and of', '🌊🌊', '*', '"" - ?']) {
      expect(search(q)).toMatchObject({ total: 0, terms: [] });
    }
  });

  it('never throws on odd input', () => {
    const hostile = [
      '<script>alert(1)</script>',
      'harbour AND wall OR "storm" -surge * ? ~ ^ : ( ) [ ] { } \\',
      '\u0000\u0001harbour\u007f',
      'مرفأ שלום 🌊 👨‍👩‍👧 e\u0301\u0301\u0301',
      'a'.repeat(5000),
      Array.from({ length: 300 }, (_, i) => `word${i}`).join(' '),
      'ha'.repeat(100),
      '\uD800',
    ];
    for (const q of hostile) {
      expect(() => search(q)).not.toThrow();
      expect(() => search(q, { page: 1e9, section: 'nowhere' })).not.toThrow();
    }
    expect(slugs('<b>harbour</b>')[0]).toBe('harbour-wall-repaired');
  });

  it('cannot find a story that is not in the index', () => {
    const publicOnly = buildSearchIndex(corpus().filter((a) => a.status === 'published'));
    expect(searchArticles(publicOnly, { q: 'Quillmoor', page: 1 }).total).toBe(0);
    const withDraft = buildSearchIndex([...corpus(), DRAFT]);
    expect(searchArticles(withDraft, { q: 'Quillmoor', page: 1 }).total).toBe(1);
  });
});

describe('bounded work per query', () => {
  it('expands a word to longer words only when few index terms start with it', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const words = Array.from({ length: 60 }, (_, i) => `cons${letters[i % 26]}${letters[(i / 26) | 0]}`);
    expect(words.length).toBeGreaterThan(MAX_PREFIX_EXPANSION);
    const wide = buildSearchIndex([...words, 'quayside', 'quaywall'].map((w) => articleStub(w, { title: w })));
    const count = (q: string) => searchArticles(wide, { q, page: 1 }).total;
    expect(count('cons')).toBe(0);
    expect(count('quay')).toBe(2);
  });

  it(`forgives typos in at most ${MAX_FUZZY_TERMS} words of a query`, () => {
    const fuzzy = engineOptions(['harbour', 'sourdough']).searchOptions!.fuzzy as (
      term: string,
      i: number,
      terms: string[],
    ) => number | false;
    const terms = ['harbuor', 'harbour', 'sourdoguh', 'lanternn', 'quaysidee', 'bakeryyy'];
    expect(terms.map((t, i) => fuzzy(t, i, terms))).toEqual([0.2, false, 0.2, 0.2, false, false]);
  });

  it('ranks a query and section once, then serves every page of it from the cache', () => {
    const fresh = buildSearchIndex(corpus());
    const first = searchArticles(fresh, { q: 'Lantern', page: 1 });
    expect(fresh.cache.size).toBe(1);
    const second = searchArticles(fresh, { q: 'lantern', page: 2 });
    expect(fresh.cache.size).toBe(1);
    expect(second.total).toBe(first.total);
    expect(second.hits.map((h) => h.article.slug)).not.toContain(first.hits[0]!.article.slug);
    expect(searchArticles(fresh, { q: 'lantern', page: 1, section: 'culture' }).total).toBe(11);
    expect(fresh.cache.size).toBe(2);
    expect(searchArticles(fresh, { q: 'Lantern', page: 1 })).toEqual(first);
  });
});

describe('one results cache for every reader', () => {
  it('normalises a query to its distinct folded terms in alphabetical order', () => {
    expect(queryTerms('  Harbour   WALL ')).toEqual(['harbour', 'wall']);
    expect(queryTerms('wall harbour HARBOUR wall')).toEqual(['harbour', 'wall']);
    expect(queryTerms('Café the of a')).toEqual(['cafe']);
    expect(queryTerms('')).toEqual([]);
  });

  it('keys case, spacing, word order, repeats and the page alike, and the section apart', () => {
    const key = (q: string, section?: string) => searchKey({ q, section });
    expect(key('Harbour  WALL')).toBe(key('wall harbour'));
    expect(key('wall harbour harbour')).toBe(key('HARBOUR wall'));
    expect(key('harbour wall', 'city')).not.toBe(key('harbour wall'));
    expect(key('harbour wall', 'city')).toBe('city\u0000harbour wall');
  });

  it('ranks "Harbour wall" once for everyone who asks in any order, case or spacing, on any page', () => {
    const fresh = buildSearchIndex(corpus());
    expect(fresh.cache.has(searchKey({ q: 'wall harbour' }))).toBe(false);
    const first = searchArticles(fresh, { q: 'Harbour wall', page: 1 });
    expect(fresh.cache.has(searchKey({ q: 'wall harbour' }))).toBe(true);
    for (const q of ['wall HARBOUR', '  harbour   wall  ', 'Wall harbour wall'])
      expect(searchArticles(fresh, { q, page: 1 }).hits.map((h) => h.article.slug)).toEqual(
        first.hits.map((h) => h.article.slug),
      );
    searchArticles(fresh, { q: 'harbour wall', page: 3 });
    expect(fresh.cache.size).toBe(1);
    expect(first.hits[0]!.article.slug).toBe('harbour-wall-repaired');
  });

  it(`keeps at most ${CACHED_QUERIES} ranked queries, however many distinct ones arrive`, () => {
    const fresh = buildSearchIndex(corpus());
    for (let i = 0; i < 2_500; i++) searchArticles(fresh, { q: `lantern zq${i}`, page: 1 });
    expect(fresh.cache.size).toBe(2_000);
    expect(fresh.cache.has(searchKey({ q: 'lantern zq2499' }))).toBe(true);
    expect(fresh.cache.has(searchKey({ q: 'lantern zq0' }))).toBe(false);
  });

  it(`searches at most ${MAX_QUERY_TERMS} words of a query`, () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`);
    expect(queryTerms(words.join(' '))).toHaveLength(MAX_QUERY_TERMS);
    expect(MAX_QUERY_TERMS).toBe(12);
  });
});

describe('search in preview', () => {
  const views = viewsAt({ contentDir: path.resolve('content'), publicDir: path.resolve('public') });
  const view = views.readers();

  it('a preview searches the public index: no build of its own, no draft found', async () => {
    const index = await getSearchIndex(view);
    expect(await getSearchIndex(views.everything)).toBe(index);
    expect((await searchView(views.everything, { q: 'Quillmoor', page: 1 })).total).toBe(0);
  });
});

describe('the fast index build', () => {
  /** What MiniSearch itself builds from the same documents and options. */
  const reference = (articles: Article[], authorName?: (slug: string) => string | undefined) => {
    const engine = new MiniSearch(engineOptions([]));
    engine.addAll(searchDocuments(articles, authorName));
    return engine;
  };

  /** The serialised index with its terms in alphabetical order: the fast build inserts them so. */
  const byTerm = (engine: MiniSearch) => {
    const json = engine.toJSON();
    return { ...json, index: [...json.index].sort(([a], [b]) => (a < b ? -1 : 1)) };
  };

  it("is term for term the index MiniSearch's addAll makes", () => {
    const articles = [
      ...corpus(),
      articleStub('accents', {
        title: 'Café ﬁsh “quotes” £2m',
        body: 'Ünïcödé naïve café CAFÉ e\u0301 🌊 مرفأ',
      }),
    ];
    expect(byTerm(buildSearchIndex(articles, (slug) => authors[slug]).engine)).toEqual(
      byTerm(reference(articles, (slug) => authors[slug])),
    );
    expect(buildSearchIndex([]).engine.toJSON()).toMatchObject({ documentCount: 0, index: [] });
  });

  it('scores the demo content exactly as MiniSearch would', () => {
    const content = viewsAt({ contentDir: path.resolve('content'), publicDir: path.resolve('public') }).everything;
    const fast = buildSearchIndex(content.articles).engine;
    const slow = reference(content.articles);
    expect(byTerm(fast)).toEqual(byTerm(slow));
    // Same stories, same scores; the matched terms may be listed in another order.
    const results = (engine: MiniSearch, q: string) =>
      engine.search(q, { fuzzy: false }).map((r) => ({ ...r, terms: [...r.terms].sort() }));
    for (const q of ['harbour', 'tram line', 'flood defences', 'council budget']) {
      expect(results(fast, q)).toEqual(results(slow, q));
    }
  });
});

describe('search over the demo content', () => {
  const views = viewsAt({ contentDir: path.resolve('content'), publicDir: path.resolve('public') });
  const content = views.everything;
  const view = views.readers();
  const hidden = content.articles.filter((a) => !view.articles.includes(a));

  it('indexes public stories only, once per public set, even for searches that arrive during the build', async () => {
    expect(hidden.length).toBeGreaterThan(0);
    expect(getSearchIndex(view)).toBe(getSearchIndex(views.readers()));
    expect((await getSearchIndex(view)).articles).toBe(view.articles);
  });

  it('builds the same index in slices as in one go', async () => {
    // More stories than one slice holds, so the build really pauses between slices.
    const base = corpus();
    const articles = Array.from({ length: 250 }, (_, i) => ({ ...base[i % base.length]!, slug: `story-${i}` }));
    const sliced = await buildSearchIndexInSlices(articles, (slug) => authors[slug]);
    expect(sliced.engine.toJSON()).toEqual(buildSearchIndex(articles, (slug) => authors[slug]).engine.toJSON());
  });

  it('never finds a draft or scheduled story by its distinctive words', async () => {
    for (const word of ['Quillmoor', 'Ottervane', 'Brackenfold', 'quilmoor', 'otterva']) {
      expect((await searchView(view, { q: word, page: 1 })).total, word).toBe(0);
    }
    for (const a of hidden) {
      expect((await searchView(view, { q: a.title, page: 1 })).hits.map((h) => h.article.slug)).not.toContain(a.slug);
    }
  });

  it('finds every public story first by its own headline', async () => {
    for (const a of view.articles) {
      expect((await searchView(view, { q: a.title, page: 1 })).hits[0]?.article.slug, a.title).toBe(a.slug);
    }
  });
});
