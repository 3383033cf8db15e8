import { describe, expect, it } from 'vitest';
import { LiveStory } from './LiveStory';
import { cityFixture, inesFixture, livePostFixture, liveStoryFixture } from './testing/fixtures';
import { markup, readableText } from './testing/render';

const now = new Date('2026-11-28T12:00:00Z');
const pinned = livePostFixture('where-to-get-help', {
  title: 'Where to get help',
  pinned: true,
  at: new Date('2026-11-28T06:10:00Z'),
});
const newest = livePostFixture('gates-shut', { title: 'Harbour gates shut', key: true });
const older = livePostFixture('wind', { at: new Date('2026-11-28T08:00:00Z') });
const bodies = new Map([pinned, newest, older].map((p) => [p.slug, <p key={p.slug}>Body of {p.slug}.</p>]));

function story(props: Partial<Parameters<typeof LiveStory>[0]> = {}) {
  return (
    <LiveStory
      story={liveStoryFixture()}
      section={cityFixture}
      authors={[inesFixture]}
      live
      now={now}
      summary={<p>Key points.</p>}
      keyEvents={[newest]}
      newest={newest}
      page={{ pinned, posts: [newest, older], page: 1, pageCount: 1 }}
      bodies={bodies}
      authorOf={() => inesFixture}
      updates={{ manifestPath: '/city/storm-idris-live/live.json', pollSeconds: 15, count: 3 }}
      {...props}
    />
  );
}

const ids = (html: string) => [...html.matchAll(/<article id="(post-[^"]+)"/g)].map((m) => m[1]);

describe('LiveStory', () => {
  it('while live: the Live label, the summary, key events, the pinned post, then the posts newest first', () => {
    const html = markup(story());
    expect(html).toContain('<span data-live-badge="true">');
    expect(html).not.toContain('This live coverage has ended');
    expect(ids(html)).toEqual(['post-where-to-get-help', 'post-gates-shut', 'post-wind']);
    expect(html.indexOf('<p>Key points.</p>')).toBeLessThan(html.indexOf('id="key-events"'));
    expect(html.indexOf('id="key-events"')).toBeLessThan(html.indexOf('id="live-pinned"'));
    expect(html).toContain('<div id="live-pinned"><article id="post-where-to-get-help" data-pinned="true">');
    expect(html).toContain('data-manifest="/city/storm-idris-live/live.json"');
    expect(html).toContain('data-newest="gates-shut" data-count="3"');
    expect(readableText(story())).toContain('Latest update Sat 28 November 2026, 09:40 GMT');
  });

  it('ended: an archive with the same posts, no Live label and no updating', () => {
    const ended = liveStoryFixture({ liveUntil: new Date('2026-11-28T11:00:00Z') });
    const html = markup(story({ story: ended, live: false, updates: null }));
    expect(html).not.toContain('data-live-badge');
    expect(html).not.toContain('<live-updates');
    expect(html).toContain('<strong>This live coverage has ended.</strong>');
    expect(ids(html)).toEqual(['post-where-to-get-help', 'post-gates-shut', 'post-wind']);
  });

  it('a later page: its posts only, where it is, the way back, and rel links', () => {
    const html = markup(story({ page: { pinned: undefined, posts: [older], page: 2, pageCount: 3 }, updates: null }));
    expect(ids(html)).toEqual(['post-wind']);
    expect(html).not.toContain('id="live-pinned"');
    expect(html).not.toContain('<p>Key points.</p>');
    expect(html).toContain('id="key-events"');
    expect(html).toContain('<a href="/city/storm-idris-live">Go to the latest updates</a>');
    expect(html).toContain('<link rel="prev" href="/city/storm-idris-live"/>');
    expect(html).toContain('<link rel="next" href="/city/storm-idris-live/page/3"/>');
    expect(readableText(story({ page: { pinned: undefined, posts: [older], page: 2, pageCount: 3 } }))).toContain(
      '← Newer updates Page 2 of 3 Older updates →',
    );
  });

  it('before the first post says so', () => {
    const html = markup(story({ page: { pinned: undefined, posts: [], page: 1, pageCount: 1 }, newest: undefined }));
    expect(html).toContain('No updates yet.');
    expect(html).not.toContain('Latest update');
  });
});
