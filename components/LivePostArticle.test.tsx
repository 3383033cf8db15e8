import { describe, expect, it } from 'vitest';
import { LivePostArticle } from './LivePostArticle';
import { inesFixture, livePostFixture, liveStoryFixture, mateoFixture } from './testing/fixtures';
import { markup, readableText } from './testing/render';

const story = liveStoryFixture();
const now = new Date('2026-11-28T12:00:00Z');
const body = <p>Gusts of 70 mph at Gullscar Point.</p>;

describe('LivePostArticle', () => {
  it('is an article at its anchor with time, title, byline, body and permalink', () => {
    const post = livePostFixture('gates-shut', { title: 'Harbour gates shut', key: true });
    const element = (
      <LivePostArticle story={story} post={post} authors={[inesFixture, mateoFixture]} body={body} now={now} />
    );
    const html = markup(element);
    expect(html).toMatch(/^<article id="post-gates-shut" data-key="true">/);
    expect(html).toContain('<time dateTime="2026-11-28T09:40:00.000Z">09:40 GMT <span>28 Nov 2026</span></time>');
    expect(html).toContain('<h3>Harbour gates shut</h3>');
    expect(html).toContain('<a href="/authors/ines-okafor">Ines Okafor</a> and <a href="/authors/mateo-farrant">');
    expect(html).toContain(
      '<a href="/city/storm-idris-live/posts/gates-shut">Link to this update<span>: Harbour gates shut</span></a>',
    );
    expect(readableText(element)).toBe(
      'Key event 09:40 GMT 28 Nov 2026 Harbour gates shut By Ines Okafor and Mateo Farrant ' +
        'Gusts of 70 mph at Gullscar Point. Link to this update : Harbour gates shut',
    );
  });

  it('without a title has no heading, and its permalink is named by its time', () => {
    const html = markup(
      <LivePostArticle story={story} post={livePostFixture('wind')} authors={[inesFixture]} body={body} now={now} />,
    );
    expect(html).toMatch(/^<article id="post-wind">/);
    expect(html).not.toContain('<h3');
    expect(html).toContain('Link to this update<span>: Update at 09:40 GMT</span>');
  });

  it('marks the pinned post, and a draft or scheduled one (seen only in preview)', () => {
    const pinned = livePostFixture('help', { title: 'Where to get help', pinned: true });
    expect(
      readableText(<LivePostArticle story={story} post={pinned} authors={[inesFixture]} body={body} now={now} />),
    ).toMatch(/^Pinned 09:40 GMT/);
    const draft = livePostFixture('draft', { status: 'draft' });
    expect(
      markup(<LivePostArticle story={story} post={draft} authors={[inesFixture]} body={body} now={now} />),
    ).toContain('<span data-status="draft">Draft</span>');
    const scheduled = livePostFixture('later', { at: new Date('2026-11-28T13:00:00Z') });
    expect(
      readableText(<LivePostArticle story={story} post={scheduled} authors={[inesFixture]} body={body} now={now} />),
    ).toMatch(/^Scheduled for Sat 28 November 2026, 13:00 GMT 13:00 GMT/);
  });

  it('shows the post’s image at its own size', () => {
    const image = { src: '/images/live/gates.jpg', alt: 'The gates closing', width: 1600, height: 900 };
    const html = markup(
      <LivePostArticle
        story={story}
        post={livePostFixture('gates', { image })}
        authors={[inesFixture]}
        body={body}
        now={now}
      />,
    );
    expect(html).toContain('alt="The gates closing"');
    expect(html).toContain('width="1600" height="900"');
  });
});
