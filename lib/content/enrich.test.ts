import { describe, expect, it } from 'vitest';
import { enrichArticle, enrichAuthor, enrichLivePost } from './enrich';
import { parseFile } from './parseFile';
import { articleSchema, authorSchema, livePostSchema } from './schema';
import { article, author, livePost } from './testing/contentFixture';
import { isValid, validate } from './validate';

const sizes = (src: string) => (src === '/images/a.png' ? { width: 40, height: 30 } : null);
const valid = (fields: Record<string, string>, body: string) => {
  const v = validate(
    parseFile({ slug: 'x', file: 'content/articles/x.mdx', source: article(fields, body) }),
    articleSchema,
  );
  if (!isValid(v)) throw new Error('fixture is invalid');
  return v;
};

describe('enriching an article', () => {
  it('adds image and figure sizes, newest-first updates, the modified time and the text', () => {
    const v = valid(
      {
        image: '\n  src: /images/a.png\n  alt: Quay',
        updates:
          '\n  - at: "2026-11-02T10:00:00+00:00"\n    kind: update\n    note: A.\n  - at: ' +
          '"2026-11-03T10:00:00+00:00"\n    kind: update\n    note: B.',
      },
      'Three short words.\n\n<Figure src="/images/a.png" alt="x" />\n',
    );
    const { value, problems } = enrichArticle(v, [{ slug: 'floods', name: 'Floods' }], sizes);
    expect(problems).toEqual([]);
    expect(value!.image).toEqual({ src: '/images/a.png', alt: 'Quay', width: 40, height: 30 });
    expect(value!.figureSizes).toEqual({ '/images/a.png': { width: 40, height: 30 } });
    expect(value!.updates.map((u) => u.note)).toEqual(['B.', 'A.']);
    expect(value!.modifiedAt.toISOString()).toBe('2026-11-03T10:00:00.000Z');
    expect(value!.topics).toEqual([{ slug: 'floods', name: 'Floods' }]);
    expect(value!.plainText).toBe('Three short words.');
    expect(value!).not.toHaveProperty('tags');
  });

  it('reports missing images and unsafe markup at their lines in the file', () => {
    const v = valid(
      { image: '\n  src: /images/none.png\n  alt: Quay' },
      'Fine.\n\n<Figure src="/images/b.png" alt="x" />\n\n<script>x</script>\n',
    );
    const found = enrichArticle(v, [], sizes).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(found).toEqual([
      expect.stringMatching(/^9:\d+ image "\/images\/none\.png" was not found/),
      expect.stringMatching(/^16:1 raw <script> is not allowed/),
      expect.stringMatching(/^14:1 <Figure src="\/images\/b\.png"> was not found/),
    ]);
  });

  it('reports a syntax error apart, so the story stays listed', () => {
    const e = enrichArticle(valid({}, 'Text <Factbox title="Open">\n'), [], sizes);
    expect(e.problems).toEqual([]);
    expect(e.syntaxProblems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      expect.stringMatching(/^9:6 MDX: Expected a closing tag for `<Factbox>` before the end of `paragraph`$/),
    ]);
    expect(e.value!.plainText).toBe('Text <Factbox title="Open">\n');
  });
});

describe('enriching an author', () => {
  it('sizes the avatar, or reports it missing', () => {
    const v = validate(parseFile({ slug: 'ada', file: 'content/authors/ada.mdx', source: author() }), authorSchema);
    if (!isValid(v)) throw new Error('fixture is invalid');
    expect(enrichAuthor(v, sizes).value!.avatar).toEqual({
      src: '/images/a.png',
      alt: 'Portrait of Ada Vell',
      width: 40,
      height: 30,
    });
    expect(enrichAuthor(v, () => null).problems[0]!.field).toBe('avatar.src');
  });
});

describe('enriching a live post', () => {
  const post = (fields: Record<string, string>, body: string) => {
    const v = validate(
      parseFile({ slug: 'p', file: 'content/live/storm/p.mdx', source: livePost(fields, body) }),
      livePostSchema,
    );
    if (!isValid(v)) throw new Error('fixture is invalid');
    return { ...v, story: 'storm' };
  };

  it('sizes its image and figures, keeps its text, and takes the story’s authors when it names none', () => {
    const { value, problems } = enrichLivePost(
      post(
        { image: '\n  src: /images/a.png\n  alt: Gates' },
        'Gates shut.\n\n<Figure src="/images/a.png" alt="x" />\n',
      ),
      ['ada-vell', 'bo'],
      sizes,
    );
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      story: 'storm',
      slug: 'p',
      authors: ['ada-vell', 'bo'],
      image: { src: '/images/a.png', alt: 'Gates', width: 40, height: 30 },
      figureSizes: { '/images/a.png': { width: 40, height: 30 } },
      plainText: 'Gates shut.',
      key: false,
      pinned: false,
    });
    expect(enrichLivePost(post({ authors: '[bo]' }, 'x'), ['ada-vell'], sizes).value!.authors).toEqual(['bo']);
  });

  it('reports unsafe markup, missing images and MDX syntax errors at their lines in the file', () => {
    const found = (body: string) =>
      enrichLivePost(post({}, body), [], sizes).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(found('Fine.\n\n<Figure src="/images/b.png" alt="x" />\n\n<script>x</script>\n')).toEqual([
      expect.stringMatching(/^9:1 raw <script> is not allowed/),
      expect.stringMatching(/^7:1 <Figure src="\/images\/b\.png"> was not found/),
    ]);
    expect(found('Text <Factbox title="Open">\n')).toEqual([expect.stringMatching(/^5:6 MDX: Expected a closing tag/)]);
  });
});
