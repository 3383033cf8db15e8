import { describe, expect, it } from 'vitest';
import { checkSection, crossCheckArticles, crossCheckLivePosts, type ValidLivePost } from './crossCheck';
import { parseFile } from './parseFile';
import { articleSchema, livePostSchema, sectionSchema } from './schema';
import { article, livePost, section } from './testing/contentFixture';
import { isValid, severityOf, validate } from './validate';

const valid = (slug: string, fields: Record<string, string> = {}) => {
  const v = validate(parseFile({ slug, file: `content/articles/${slug}.mdx`, source: article(fields) }), articleSchema);
  if (!isValid(v)) throw new Error(`fixture ${slug} is invalid`);
  return v;
};
const known = { sections: ['city'], authors: ['ada-vell'], articles: new Set(['a', 'b']) };
const messages = (links: { problems: { message: string }[] }[]) =>
  links.flatMap((l) => l.problems.map((p) => p.message));

describe('cross-checking articles', () => {
  it('finds nothing wrong with references that exist', () => {
    expect(messages(crossCheckArticles([valid('a', { related: '[b]' })], known))).toEqual([]);
  });

  it('names unknown sections, authors and stories, with the known ones', () => {
    const links = crossCheckArticles(
      [valid('a', { section: 'sport', authors: '[ghost]', related: '[a, nope]' })],
      known,
    );
    expect(messages(links)).toEqual([
      '"sport" is not a section; known: city',
      '"ghost" is not an author; known: ada-vell',
      'an article cannot be related to itself',
      '"nope" is not an article; use the file name of an article in content/articles/',
    ]);
  });

  it('an old slug redirects to one story only, and never shadows a story', () => {
    const links = crossCheckArticles(
      [valid('a', { redirectFrom: '[old, b]' }), valid('b', { redirectFrom: '[old]' })],
      known,
    );
    expect(messages(links)).toEqual([
      '"b" is the slug of an existing article, so it cannot redirect',
      '"old" already redirects to "a"',
    ]);
  });

  it('makes topics from tags, keeping the first spelling of a topic across stories', () => {
    const links = crossCheckArticles(
      [valid('a', { tags: '["Harbour Works"]' }), valid('b', { tags: '["harbour works", "!!!", "Floods", "floods"]' })],
      known,
    );
    expect(links[1]!.topics).toEqual([
      { slug: 'harbour-works', name: 'Harbour Works' },
      { slug: 'floods', name: 'Floods' },
    ]);
    expect(messages(links)).toEqual([
      '"!!!" has no letters or digits to make a topic URL from',
      '"floods" repeats a topic already listed',
    ]);
  });
});

describe('checking sections', () => {
  it('refuses a section named like a route', () => {
    const v = validate(
      parseFile({ slug: 'search', file: 'content/sections/search.mdx', source: section() }),
      sectionSchema,
    );
    if (!isValid(v)) throw new Error('fixture is invalid');
    expect(checkSection(v)[0]!.message).toMatch(/^section slug "search" is a reserved route/);
  });
});

describe('cross-checking a live story', () => {
  it('liveUntil belongs to a live story and comes after publication', () => {
    const links = crossCheckArticles(
      [
        valid('a', { liveUntil: '"2026-11-01T18:00:00+00:00"' }),
        valid('b', { format: 'live', liveUntil: '"2026-11-01T08:00:00+00:00"' }),
      ],
      known,
    );
    expect(messages(links)).toEqual([
      'only a live story has liveUntil: set format: live, or remove liveUntil',
      'must be after publishedAt (2026-11-01T09:00:00.000Z)',
    ]);
  });
});

describe('cross-checking live posts', () => {
  const post = (story: string, slug: string, fields: Record<string, string> = {}): ValidLivePost => {
    const file = parseFile({ slug, file: `content/live/${story}/${slug}.mdx`, source: livePost(fields) });
    const v = validate(file, livePostSchema, severityOf(file));
    if (!isValid(v)) throw new Error(`fixture ${slug} is invalid`);
    return { ...v, story };
  };
  const stories = {
    authors: ['ada-vell'],
    articles: new Set(['storm', 'ended', 'plain', 'broken']),
    valid: new Map([
      ['storm', { format: 'live' as const, publishedAt: new Date('2026-11-01T09:00:00Z') }],
      [
        'ended',
        {
          format: 'live' as const,
          publishedAt: new Date('2026-11-01T09:00:00Z'),
          liveUntil: new Date('2026-11-01T12:00:00Z'),
        },
      ],
      ['plain', { format: 'news' as const, publishedAt: new Date('2026-11-01T09:00:00Z') }],
    ]),
  };
  const found = (posts: ValidLivePost[]) =>
    crossCheckLivePosts(posts, stories).map((problems) =>
      problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.field ?? ''}: ${p.message}`),
    );

  it('finds nothing wrong with a post inside its live story’s coverage', () => {
    expect(found([post('storm', 'a', { title: 'Gates', key: 'true', authors: '[ada-vell]' })])).toEqual([[]]);
    expect(found([post('ended', 'a', { at: '"2026-11-01T12:00:00+00:00"' })])).toEqual([[]]);
  });

  it('needs a story that exists and is live; a broken story’s own error is enough', () => {
    expect(found([post('nowhere', 'a'), post('plain', 'b'), post('broken', 'c')])).toEqual([
      ['1:1 error : "nowhere" is not a story: name the folder live/<story-slug>/ after a file in content/articles/'],
      ['1:1 error : "plain" is not a live story: set format: live in its frontmatter to give it posts'],
      [],
    ]);
  });

  it('keeps a post within the coverage: not before publication, not after liveUntil', () => {
    expect(
      found([
        post('storm', 'early', { at: '"2026-11-01T08:59:00+00:00"' }),
        post('ended', 'late', { at: '"2026-11-01T12:01:00+00:00"' }),
      ]),
    ).toEqual([
      ["2:5 error at: is before the story's publishedAt (2026-11-01T09:00:00.000Z)"],
      ["2:5 error at: is after the story's liveUntil (2026-11-01T12:00:00.000Z): the coverage has ended"],
    ]);
  });

  it('names unknown authors and a key event without a title', () => {
    expect(found([post('storm', 'a', { authors: '[ada-vell, ghost]', key: 'true' })])).toEqual([
      [
        '4:21 error authors[1]: "ghost" is not an author; known: ada-vell',
        '5:6 error key: a key event needs a title: add title: "…"',
      ],
    ]);
  });

  it('pins one post a story; a published pin wins over a draft, whatever the order', () => {
    const results = found([
      post('storm', 'a', { pinned: 'true', status: 'draft' }),
      post('storm', 'b', { pinned: 'true' }),
      post('storm', 'c', { pinned: 'true' }),
      post('ended', 'd', { pinned: 'true', at: '"2026-11-01T10:00:00+00:00"' }),
    ]);
    expect(results).toEqual([
      ['4:9 warning pinned: a story pins one post at most; content/live/storm/b.mdx is already pinned'],
      [],
      ['4:9 error pinned: a story pins one post at most; content/live/storm/b.mdx is already pinned'],
      [],
    ]);
  });
});
