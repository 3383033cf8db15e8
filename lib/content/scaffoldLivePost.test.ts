import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from './loadContent';
import { type LivePostRequest, livePostSlug, scaffoldLivePost } from './scaffoldLivePost';
import { article, type Fixture, makeFixture } from './testing/contentFixture';

let fx: Fixture | undefined;
afterEach(() => fx?.remove());

const now = new Date('2026-11-25T10:15:30.123Z');
const liveStory: LivePostRequest['story'] = { slug: 'storm', format: 'live', liveUntil: undefined };
const request: LivePostRequest = {
  story: liveStory,
  storySlug: 'storm',
  key: false,
  publish: false,
  now,
  taken: new Set<string>(),
  liveStories: ['storm', 'fire'],
};

describe('live post scaffolding', () => {
  it('names a post by its minute, then its title’s first words', () => {
    expect(livePostSlug(now)).toBe('20261125-1015');
    expect(livePostSlug(now, 'Gates close at 15:00 on the Inner Basin today')).toBe(
      '20261125-1015-gates-close-at-15-00-on',
    );
  });

  it('avoids a slug already taken in the story', () => {
    const taken = new Set(['20261125-1015', '20261125-1015-2']);
    expect(scaffoldLivePost({ ...request, taken })).toMatchObject({ ok: true, slug: '20261125-1015-3' });
  });

  it('writes a draft timestamped now, or a published key event with its author', () => {
    expect(scaffoldLivePost(request)).toEqual({
      ok: true,
      slug: '20261125-1015',
      text:
        '---\nat: "2026-11-25T10:15:30+00:00"\nstatus: draft\n---\n\n' +
        'Write the update here: short paragraphs, the newest facts first.\n',
    });
    const key = scaffoldLivePost({
      ...request,
      title: 'Gates "close"',
      key: true,
      author: 'ada-vell',
      publish: true,
    });
    expect(key.ok && key.text).toContain(
      'at: "2026-11-25T10:15:30+00:00"\ntitle: "Gates \\"close\\""\n' +
        'authors: [ada-vell]\nkey: true\nstatus: published\n',
    );
  });

  it('refuses an unknown story, a story that is not live, an ended one, and a key event without a title', () => {
    const message = (overrides: Partial<LivePostRequest>) => {
      const result = scaffoldLivePost({ ...request, ...overrides });
      return result.ok ? '' : result.message;
    };
    expect(message({ story: undefined, storySlug: 'nope' })).toBe(
      'There is no story "nope"; live stories now: storm, fire',
    );
    expect(message({ story: { slug: 'storm', format: 'news', liveUntil: undefined } })).toBe(
      '"storm" is not a live story (format: news); live stories now: storm, fire',
    );
    expect(message({ story: { slug: 'storm', format: 'live', liveUntil: new Date('2026-11-25T10:00:00Z') } })).toBe(
      '"storm" ended at 2026-11-25T10:00:00.000Z (liveUntil): move liveUntil to post again',
    );
    expect(message({ key: true })).toBe('A key event needs a title: add --title "…"');
  });

  it('writes a post that passes the content check, draft or published', () => {
    fx = makeFixture();
    fx.write('articles/storm.mdx', article({ format: 'live', publishedAt: '"2026-11-25T09:00:00+00:00"' }));
    for (const publish of [false, true]) {
      const result = scaffoldLivePost({ ...request, publish, title: publish ? 'Gates close' : undefined });
      if (!result.ok) throw new Error(result.message);
      fx.write(`live/storm/${result.slug}.mdx`, result.text);
    }
    const index = loadContent({ contentDir: fx.contentDir, publicDir: fx.publicDir });
    expect(index.problems).toEqual([]);
    expect(index.livePostsByStory.get('storm')!.map((p) => [p.status, p.authors])).toEqual([
      ['published', ['ada-vell']],
      ['draft', ['ada-vell']],
    ]);
  });
});
