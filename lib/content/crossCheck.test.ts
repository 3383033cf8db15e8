import { describe, expect, it } from 'vitest';
import { checkSection, crossCheckArticles } from './crossCheck';
import { parseFile } from './parseFile';
import { articleSchema, sectionSchema } from './schema';
import { article, section } from './testing/contentFixture';
import { isValid, validate } from './validate';

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
