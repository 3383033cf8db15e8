import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RelatedArticles } from './RelatedArticles';
import { cityFixture, scienceFixture, storyFixture } from './testing/fixtures';
import { markup, readableText } from './testing/render';

const sections = new Map([
  ['city', cityFixture],
  ['science', scienceFixture],
]);
const gates = storyFixture();
const model = storyFixture({
  slug: 'estuary-flood-model',
  section: 'science',
  title: 'New flood model gives estuary streets six hours’ warning',
  publishedAt: new Date('2026-10-22T07:30:00Z'),
});

// "Live" is judged against the clock: fix it.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('RelatedArticles', () => {
  it('renders nothing when there is nothing related', () => {
    expect(markup(<RelatedArticles articles={[]} sections={sections} />)).toBe('');
  });

  it('is a complementary region named by its heading', () => {
    const html = markup(<RelatedArticles articles={[gates]} sections={sections} />);
    expect(html).toMatch(/^<aside aria-labelledby="related-heading"><h2 id="related-heading">Related stories<\/h2>/);
  });

  it('lists each story in the given order with its section, a link to its URL and its date', () => {
    const html = markup(<RelatedArticles articles={[model, gates]} sections={sections} />);
    expect(html).toContain(
      '<a href="/science/estuary-flood-model">New flood model gives estuary streets six hours’ warning</a>',
    );
    expect(html).toContain('<a href="/city/harbour-gates-hold">Storm surge floods cellars as harbour gates hold</a>');
    expect(html).toContain('<time dateTime="2026-10-22T07:30:00.000Z">22 Oct 2026</time>');
    expect(readableText(<RelatedArticles articles={[model, gates]} sections={sections} />)).toBe(
      'Related stories ' +
        'Science & Environment New flood model gives estuary streets six hours’ warning 22 Oct 2026 ' +
        'City Storm surge floods cellars as harbour gates hold 24 Nov 2026',
    );
  });

  it('labels a live story "Live" while its coverage runs, and not once it has ended', () => {
    const running = storyFixture({ slug: 'fire-live', format: 'live' });
    const ended = storyFixture({ slug: 'vote-live', format: 'live', liveUntil: new Date('2026-11-27T11:00:00Z') });
    const html = markup(<RelatedArticles articles={[running, ended]} sections={sections} />);
    expect(html).toContain('<p><span data-format="live">Live</span>City</p><a href="/city/fire-live">');
    expect(html).toContain('<p>City</p><a href="/city/vote-live">');
  });
});
