import { describe, expect, it } from 'vitest';
import { MostRead } from './MostRead';
import { storyFixture } from './testing/fixtures';
import { markup, readableText } from './testing/render';

const first = storyFixture({ slug: 'harbour-wall', title: 'Harbour wall repairs begin' });
const second = storyFixture({ slug: 'tram-fares', section: 'politics', title: 'Tram fares frozen for a year' });

describe('MostRead', () => {
  it('is a numbered list of links, most read first, under its heading', () => {
    const html = markup(<MostRead stories={[first, second]} />);
    expect(html).toContain('<aside aria-labelledby="most-read-heading" data-print="hide">');
    expect(html).toContain('<h2 id="most-read-heading">Most read</h2>');
    expect(html).toContain('<a href="/city/harbour-wall">Harbour wall repairs begin</a>');
    expect(html.indexOf('/city/harbour-wall')).toBeLessThan(html.indexOf('/politics/tram-fares'));
    expect(readableText(<MostRead stories={[first, second]} />)).toBe(
      'Most read 1 Harbour wall repairs begin 2 Tram fares frozen for a year',
    );
  });

  it('takes a section front title', () => {
    expect(markup(<MostRead stories={[first]} title="Most read in City" />)).toContain('>Most read in City</h2>');
  });

  it('renders nothing before anything has been read', () => {
    expect(markup(<MostRead stories={[]} />)).toBe('');
  });
});
