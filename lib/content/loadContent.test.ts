import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from './loadContent';
import { formatProblem } from './problem';
import { SourceCache } from './sourceCache';
import { article, author, type Fixture, livePost, makeFixture, section } from './testing/contentFixture';

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.remove());

const load = () => loadContent({ contentDir: fx.contentDir, publicDir: fx.publicDir });
const messages = () => load().problems.map(formatProblem);

function expectOne(pattern: RegExp) {
  const found = messages();
  expect(
    found.filter((m) => pattern.test(m)),
    found.join('\n'),
  ).toHaveLength(1);
}

describe('a valid content tree', () => {
  it('loads with no problems and typed dates', () => {
    fx.write('articles/harbour-wall.mdx', article());
    const index = load();
    expect(index.problems).toEqual([]);
    expect(index.articles[0]!.publishedAt.toISOString()).toBe('2026-11-01T09:00:00.000Z');
    expect(index.articles[0]!.modifiedAt).toEqual(index.articles[0]!.publishedAt);
  });

  it('sorts updates newest first and takes the latest as the modified time', () => {
    fx.write(
      'articles/harbour-wall.mdx',
      article({
        updates:
          '\n  - at: "2026-11-01T10:00:00+00:00"\n    kind: update\n    note: First.\n  - at: ' +
          '"2026-11-02T10:00:00+00:00"\n    kind: correction\n    note: Second.',
      }),
    );
    const a = load().articles[0]!;
    expect(a.updates.map((u) => u.note)).toEqual(['Second.', 'First.']);
    expect(a.modifiedAt.toISOString()).toBe('2026-11-02T10:00:00.000Z');
  });
});

describe('content contract failures name the file and field', () => {
  it('unknown author, listing the known ones', () => {
    fx.write('articles/x.mdx', article({ authors: '[ada-vell, jdoe]' }));
    expectOne(/articles\/x\.mdx:5:\d+ error authors\[1\]: "jdoe" is not an author; known: ada-vell$/);
  });

  it('empty author list', () => {
    fx.write('articles/x.mdx', article({ authors: '[]' }));
    expectOne(/articles\/x\.mdx:\d+:\d+ error authors: must name at least one author/);
  });

  it('unknown section', () => {
    fx.write('articles/x.mdx', article({ section: 'weather' }));
    expectOne(/articles\/x\.mdx:4:\d+ error section: "weather" is not a section; known: city/);
  });

  it('missing required title and dek', () => {
    fx.write('articles/x.mdx', article({ title: '', dek: '' }));
    expectOne(/articles\/x\.mdx:\d+:\d+ error title: is required/);
    expectOne(/articles\/x\.mdx:\d+:\d+ error dek: is required/);
  });

  it('date without a time zone offset', () => {
    fx.write('articles/x.mdx', article({ publishedAt: '"2026-11-01 09:00"' }));
    expectOne(/articles\/x\.mdx:6:\d+ error publishedAt: must be ISO 8601 with a time zone offset/);
  });

  it('impossible date', () => {
    fx.write('articles/x.mdx', article({ publishedAt: '"2026-02-31T09:00:00+00:00"' }));
    expect(messages().join('\n')).toMatch(/publishedAt: (is not a real date|must be ISO)/);
  });

  it('unknown status', () => {
    fx.write('articles/x.mdx', article({ status: 'live' }));
    expectOne(/articles\/x\.mdx:7:\d+ error status: must be one of: published, draft/);
  });

  it('update dated before publication, and an unknown update kind', () => {
    fx.write(
      'articles/x.mdx',
      article({ updates: '\n  - at: "2026-10-01T10:00:00+00:00"\n    kind: tweak\n    note: Early.' }),
    );
    expectOne(/error updates\[0\]\.kind: must be one of: update, correction/);
    fx.write(
      'articles/x.mdx',
      article({ updates: '\n  - at: "2026-10-01T10:00:00+00:00"\n    kind: update\n    note: Early.' }),
    );
    expectOne(/error updates\[0\]\.at: must be after publishedAt/);
  });

  it('image outside /images/, without alt, or missing from public/', () => {
    fx.write('articles/x.mdx', article({ image: '\n  src: /etc/passwd.jpg\n  alt: ""' }));
    expectOne(/error image\.src: must be a \.jpg, \.png, \.webp or \.avif path under \/images\//);
    expectOne(/error image\.alt: must not be empty/);
    fx.write('articles/x.mdx', article({ image: '\n  src: /images/missing.jpg\n  alt: A quay' }));
    expectOne(/articles\/x\.mdx:9:\d+ error image\.src: image "\/images\/missing\.jpg" was not found/);
  });

  it('related slug that does not exist, or points at itself', () => {
    fx.write('articles/x.mdx', article({ related: '[nope, x]' }));
    expectOne(/error related\[0\]: "nope" is not an article/);
    expectOne(/error related\[1\]: an article cannot be related to itself/);
  });

  it('unknown field, with the allowed ones', () => {
    fx.write('articles/x.mdx', article({ tittle: 'Oops' }));
    expectOne(/error tittle: unknown field\(s\) "tittle"; allowed: title, dek, section, authors/);
  });

  it('file name that is not a slug', () => {
    fx.write('articles/Bad_Name.mdx', article());
    expectOne(/articles\/Bad_Name\.mdx:1:1 error file name "Bad_Name" is not a valid slug/);
  });

  it('YAML syntax error with its line', () => {
    fx.write('articles/x.mdx', '---\ntitle: "unclosed\ndek: x\n---\nBody\n');
    expect(messages().join('\n')).toMatch(/articles\/x\.mdx:\d+:\d+ error YAML:/);
  });

  it('YAML that only the strict data parser refuses (a custom tag) still names the line', () => {
    fx.write('articles/x.mdx', '---\ntitle: Harbour\ndek: !custom Wall\n---\nBody\n');
    expectOne(/articles\/x\.mdx:3:\d+ error YAML: unknown tag/);
  });

  it('duplicate keys are refused, not silently overwritten', () => {
    fx.write('articles/x.mdx', article().replace('status: published', 'status: published\nstatus: draft'));
    expect(messages().join('\n')).toMatch(/articles\/x\.mdx:\d+:\d+ error YAML: .*(duplicat|unique)/i);
  });

  it('missing frontmatter', () => {
    fx.write('articles/x.mdx', 'Just a body\n');
    expectOne(/articles\/x\.mdx:1:1 error file must start with a "---" line/);
  });

  it('unsafe markup in the body, with its line in the file', () => {
    fx.write('articles/x.mdx', article({}, 'Fine paragraph.\n\n<script>alert(1)</script>\n'));
    expectOne(/articles\/x\.mdx:11:1 error raw <script> is not allowed/);
  });

  it('a section that takes a reserved route name', () => {
    fx.write('sections/search.mdx', section('Search', 2));
    expectOne(/sections\/search\.mdx:1:1 error section slug "search" is a reserved route/);
  });

  it('author without an avatar', () => {
    fx.write('authors/bo.mdx', '---\nname: Bo\nrole: Editor\n---\n');
    expectOne(/authors\/bo\.mdx:\d+:\d+ error avatar: is required/);
  });

  it('a section order that is not a number', () => {
    fx.write('sections/sport.mdx', '---\ntitle: Sport\ndescription: Games.\norder: first\n---\n');
    expectOne(/sections\/sport\.mdx:4:\d+ error order: must be a number/);
  });

  it('reports every error in one run, not only the first', () => {
    fx.write('articles/a.mdx', article({ section: 'nowhere' }));
    fx.write('articles/b.mdx', article({ authors: '[ghost]' }));
    fx.write('authors/zed.mdx', author('Zed').replace('/images/a.png', '/images/zed.png'));
    expect(load().problems.filter((p) => p.severity === 'error')).toHaveLength(3);
  });
});

describe('drafts', () => {
  it('a broken draft is a warning and stays out of the index', () => {
    fx.write('articles/good.mdx', article());
    fx.write('articles/broken-draft.mdx', article({ status: 'draft', authors: '[ghost]' }));
    const index = load();
    expect(index.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(formatProblem(index.problems[0]!)).toMatch(
      /broken-draft\.mdx:5:\d+ warning authors\[0\]: "ghost" is not an author/,
    );
    expect(index.articles.map((a) => a.slug)).toEqual(['good']);
  });
});

describe('faults', () => {
  it('a file that cannot be read is a problem, not a crash', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    fx.write('articles/good.mdx', article());
    fs.symlinkSync(path.join(fx.contentDir, 'nowhere.mdx'), path.join(fx.contentDir, 'articles', 'dangling.mdx'));
    const index = load();
    expect(index.articles.map((a) => a.slug)).toEqual(['good']);
    expect(messages()).toEqual([
      expect.stringMatching(/articles\/dangling\.mdx:1:1 error file cannot be read \(ENOENT\)/),
    ]);
  });
});

describe('reloading with a source cache (preview)', () => {
  it('sees an edit, a new file and a deletion, and reuses what did not change', () => {
    const cache = new SourceCache();
    fx.write('articles/harbour-wall.mdx', article());
    fx.write('articles/quay-lights.mdx', article({ title: '"Quay lights return"' }));
    const first = loadContent({ contentDir: fx.contentDir, publicDir: fx.publicDir, sourceCache: cache });
    fx.write('articles/harbour-wall.mdx', article({ title: '"Harbour wall repaired at last"' }));
    fx.write('articles/ferry-timetable.mdx', article({ title: '"Ferry timetable"' }));
    const second = loadContent({ contentDir: fx.contentDir, publicDir: fx.publicDir, sourceCache: cache });
    const title = (index: typeof first, slug: string) => index.articlesBySlug.get(slug)?.title;
    expect(title(second, 'harbour-wall')).toBe('Harbour wall repaired at last');
    expect(title(second, 'ferry-timetable')).toBe('Ferry timetable');
    // The unchanged file's validated data is the same object, not a re-parse.
    expect(second.articlesBySlug.get('quay-lights')!.publishedAt).toBe(
      first.articlesBySlug.get('quay-lights')!.publishedAt,
    );
    fs.rmSync(path.join(fx.contentDir, 'articles', 'ferry-timetable.mdx'));
    const third = loadContent({ contentDir: fx.contentDir, publicDir: fx.publicDir, sourceCache: cache });
    expect(third.articles.map((a) => a.slug).sort()).toEqual(['harbour-wall', 'quay-lights']);
  });

  it('gives the same index while no file changed, and a new one after an edit, an addition or a deletion', () => {
    const cache = new SourceCache();
    const reload = () => loadContent({ contentDir: fx.contentDir, publicDir: fx.publicDir, sourceCache: cache });
    fx.write('articles/harbour-wall.mdx', article());
    fx.write('articles/quay-lights.mdx', article({ title: '"Quay lights return"', status: 'draft' }));
    const first = reload();
    expect(reload()).toBe(first);
    expect(reload().articles).toBe(first.articles);
    fx.write('articles/quay-lights.mdx', article({ title: '"Quay lights return, brighter"', status: 'draft' }));
    const edited = reload();
    expect(edited).not.toBe(first);
    expect(edited.articlesBySlug.get('quay-lights')!.title).toBe('Quay lights return, brighter');
    expect(reload()).toBe(edited);
    fx.write('articles/ferry-timetable.mdx', article({ title: '"Ferry timetable"' }));
    const added = reload();
    expect(added).not.toBe(edited);
    fs.rmSync(path.join(fx.contentDir, 'articles', 'ferry-timetable.mdx'));
    const removed = reload();
    expect(removed).not.toBe(added);
    expect(removed.articles.map((a) => a.slug).sort()).toEqual(['harbour-wall', 'quay-lights']);
  });

  it('reports a file that turned invalid, even when it was cached valid', () => {
    const cache = new SourceCache();
    fx.write('articles/harbour-wall.mdx', article());
    expect(loadContent({ contentDir: fx.contentDir, publicDir: fx.publicDir, sourceCache: cache }).problems).toEqual(
      [],
    );
    fx.write('articles/harbour-wall.mdx', article({ authors: '[nobody-here]' }));
    const problems = loadContent({
      contentDir: fx.contentDir,
      publicDir: fx.publicDir,
      sourceCache: cache,
    }).problems.map(formatProblem);
    expect(problems.join('\n')).toMatch(/harbour-wall\.mdx:\d+:\d+ error authors\[0\]: "nobody-here" is not an author/);
  });
});

describe('the body, read from its syntax tree', () => {
  it('reports an MDX syntax error at its line in the file, with the schema errors of the same run', () => {
    fx.write('articles/x.mdx', article({ authors: '[ghost]' }, 'Fine paragraph.\n\nText <Factbox title="Open">\n'));
    const found = messages();
    expect(found).toContainEqual(expect.stringMatching(/articles\/x\.mdx:5:\d+ error authors\[0\]: "ghost"/));
    expect(found).toContainEqual(expect.stringMatching(/articles\/x\.mdx:11:\d+ error MDX: .*closing tag/));
  });

  it('a missing <Figure> image is an error at its line in the file', () => {
    fx.write('articles/x.mdx', article({}, 'Fine.\n\n<Figure src="/images/none.jpg" alt="x" />\n'));
    expectOne(/articles\/x\.mdx:11:1 error <Figure src="\/images\/none\.jpg"> was not found/);
  });

  it('gives a story its figure sizes, plain text and word count', () => {
    fx.write('articles/x.mdx', article({}, 'Two words.\n\n<Figure src="/images/a.png" alt="Pixel" />\n'));
    const story = load().articles[0]!;
    expect(story.figureSizes).toEqual({ '/images/a.png': { width: 1, height: 1 } });
    expect(story.plainText).toBe('Two words.');
    expect(story.wordCount).toBe(2);
    expect(story.readingMinutes).toBe(1);
  });
});

describe('live posts', () => {
  const liveStory = (fields: Record<string, string> = {}) => article({ format: 'live', ...fields });

  it('load beside their story, with the story’s authors by default', () => {
    fx.write('articles/storm.mdx', liveStory());
    fx.write('live/storm/gates-close.mdx', livePost({ title: '"Gates close"', key: 'true' }));
    fx.write('live/storm/later.mdx', livePost({ at: '"2026-11-01T11:00:00+00:00"' }, 'More.\n'));
    const index = load();
    expect(index.problems).toEqual([]);
    const posts = index.livePostsByStory.get('storm')!;
    expect(posts.map((p) => [p.slug, p.story, p.authors, p.plainText])).toEqual([
      ['later', 'storm', ['ada-vell'], 'More.'],
      ['gates-close', 'storm', ['ada-vell'], 'The gates are closing.'],
    ]);
  });

  it('report every problem at once as file:line:column field: message', () => {
    fx.write('articles/storm.mdx', liveStory({ liveUntil: '"2026-11-01T12:00:00+00:00"' }));
    fx.write('articles/plain.mdx', article());
    fx.write('live/storm/early.mdx', livePost({ at: '"2026-11-01T08:00:00+00:00"', authors: '[ghost]' }));
    fx.write('live/storm/late.mdx', livePost({ at: '"2026-11-01T13:00:00+00:00"', key: 'true' }));
    fx.write('live/storm/pin-a.mdx', livePost({ pinned: 'true' }));
    fx.write('live/storm/pin-b.mdx', livePost({ pinned: 'true' }, 'Text.\n\n<script>x</script>\n'));
    fx.write('live/plain/a.mdx', livePost());
    fx.write('live/gone/a.mdx', livePost());
    fx.write('live/storm/Bad_Name.mdx', livePost());
    expect(messages()).toEqual([
      expect.stringMatching(/live\/gone\/a\.mdx:1:1 error "gone" is not a story/),
      expect.stringMatching(/live\/plain\/a\.mdx:1:1 error "plain" is not a live story/),
      expect.stringMatching(/live\/storm\/Bad_Name\.mdx:1:1 error file name "Bad_Name" is not a valid slug/),
      expect.stringMatching(/live\/storm\/early\.mdx:2:5 error at: is before the story's publishedAt/),
      expect.stringMatching(/live\/storm\/early\.mdx:4:\d+ error authors\[0\]: "ghost" is not an author/),
      expect.stringMatching(/live\/storm\/late\.mdx:2:5 error at: is after the story's liveUntil/),
      expect.stringMatching(/live\/storm\/late\.mdx:4:6 error key: a key event needs a title/),
      expect.stringMatching(/live\/storm\/pin-b\.mdx:4:9 error pinned: a story pins one post at most/),
      expect.stringMatching(/live\/storm\/pin-b\.mdx:8:1 error raw <script> is not allowed/),
    ]);
    expect(
      load()
        .livePostsByStory.get('storm')!
        .map((p) => p.slug),
    ).toEqual(['pin-a']);
  });

  it('a broken draft post is a warning and stays out, so it never blocks the build', () => {
    fx.write('articles/storm.mdx', liveStory());
    fx.write('live/storm/draft.mdx', livePost({ status: 'draft', authors: '[ghost]' }));
    fx.write('live/storm/draft-unclosed.mdx', livePost({ status: 'draft' }, 'Text <Factbox title="Open">\n'));
    const index = load();
    expect(index.problems.map((p) => p.severity)).toEqual(['warning', 'warning']);
    expect(index.livePostsByStory.get('storm')).toBeUndefined();
  });

  it('the posts of a story left out for its own errors are left out with it', () => {
    fx.write('articles/storm.mdx', liveStory({ section: 'nowhere' }));
    fx.write('live/storm/a.mdx', livePost());
    const index = load();
    expect(messages()).toEqual([expect.stringMatching(/articles\/storm\.mdx:\d+:\d+ error section:/)]);
    expect(index.livePosts).toEqual([]);
  });
});
