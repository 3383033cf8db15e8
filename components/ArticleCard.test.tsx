import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleCard } from './ArticleCard';
import { cityFixture, storyFixture } from './testing/fixtures';
import { markup, readableText } from './testing/render';

const image = {
  src: '/images/stories/harbour-gates.jpg',
  alt: 'Grey waves against the harbour wall',
  width: 1600,
  height: 900,
};
const story = storyFixture({ image });

// The card decides "Draft" / "Scheduled" against the clock: fix it.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('ArticleCard', () => {
  it('shows section, headline linked to the story, standfirst and publication time', () => {
    const html = markup(<ArticleCard article={story} section={cityFixture} />);
    expect(html).toMatch(/^<article data-slug="harbour-gates-hold">/);
    expect(html).toContain(
      '<h3><a href="/city/harbour-gates-hold">Storm surge floods cellars as harbour gates hold</a></h3>',
    );
    expect(html).toContain('<time dateTime="2026-11-24T06:45:00.000Z">Tue 24 November 2026, 06:45 GMT</time>');
    expect(readableText(<ArticleCard article={story} section={cityFixture} />)).toBe(
      'City Storm surge floods cellars as harbour gates hold ' +
        'The Inner Basin gates were shut for the fourth time since they were built. ' +
        'Tue 24 November 2026, 06:45 GMT',
    );
  });

  it('uses the heading level the page asks for', () => {
    expect(markup(<ArticleCard article={story} headingLevel="h2" />)).toContain(
      '<h2><a href="/city/harbour-gates-hold">',
    );
  });

  it('shows the image with its alt text, lazily unless it is the page’s first', () => {
    const lazy = markup(<ArticleCard article={story} />).match(/<img [^>]*>/)![0];
    expect(lazy).toContain(`alt="${image.alt}"`);
    expect(lazy).toContain('loading="lazy"');
    expect(markup(<ArticleCard article={story} variant="lead" priority />)).toContain('loading="eager"');
  });

  it('a compact card has neither image nor standfirst', () => {
    expect(readableText(<ArticleCard article={story} variant="compact" />)).toBe(
      'Storm surge floods cellars as harbour gates hold Tue 24 November 2026, 06:45 GMT',
    );
    expect(markup(<ArticleCard article={story} variant="compact" />)).not.toContain('<img');
  });

  it('labels a revised story Updated, and a corrected one Corrected, with the time of the change', () => {
    const at = new Date('2026-11-25T07:40:00Z');
    const updated = storyFixture({ updates: [{ at, kind: 'update', note: 'More cellars flooded.' }] });
    const corrected = storyFixture({ updates: [{ at, kind: 'correction', note: 'The gate was misnamed.' }] });
    expect(markup(<ArticleCard article={updated} variant="compact" />)).toContain(
      '<span>Updated <time dateTime="2026-11-25T07:40:00.000Z">Wed 25 November 2026, 07:40 GMT</time></span>',
    );
    expect(readableText(<ArticleCard article={corrected} variant="compact" />)).toContain(
      'Corrected Wed 25 November 2026, 07:40 GMT',
    );
    expect(readableText(<ArticleCard article={updated} variant="compact" />)).not.toContain('Tue 24 November');
  });

  it('marks a draft and a scheduled story for the editor', () => {
    const draft = storyFixture({ status: 'draft' });
    const scheduled = storyFixture({ publishedAt: new Date('2026-11-27T12:30:00Z') });
    expect(markup(<ArticleCard article={draft} variant="compact" />)).toContain(
      '<span data-status="draft">Draft</span>',
    );
    expect(readableText(<ArticleCard article={scheduled} variant="compact" />)).toContain(
      'Scheduled for Fri 27 November 2026, 12:30 GMT',
    );
    expect(markup(<ArticleCard article={story} variant="compact" />)).not.toContain('data-status');
  });

  it('labels a live story "Live" while its coverage runs, and not once it has ended', () => {
    const running = storyFixture({ format: 'live' });
    const ending = storyFixture({ format: 'live', liveUntil: new Date('2026-11-27T12:00:01Z') });
    const ended = storyFixture({ format: 'live', liveUntil: new Date('2026-11-27T12:00:00Z') });
    expect(markup(<ArticleCard article={running} section={cityFixture} />)).toContain(
      '<p><span data-format="live">Live</span>City</p>',
    );
    expect(markup(<ArticleCard article={ending} variant="compact" />)).toContain(
      '<span data-format="live">Live</span>',
    );
    expect(markup(<ArticleCard article={ended} section={cityFixture} />)).toContain('<p>City</p>');
    expect(markup(<ArticleCard article={ended} variant="compact" />)).not.toContain('data-format');
  });
});
