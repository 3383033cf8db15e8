import { describe, expect, it } from 'vitest';
import { KeyEvents } from './KeyEvents';
import { livePostFixture, liveStoryFixture } from './testing/fixtures';
import { markup, readableText } from './testing/render';

const story = liveStoryFixture();
const events = [
  livePostFixture('gates-shut', { title: 'Harbour gates shut', key: true, at: new Date('2026-11-28T09:40:00Z') }),
  livePostFixture('red-warning', { title: 'Red warning issued', key: true, at: new Date('2026-11-28T06:05:00Z') }),
];

describe('KeyEvents', () => {
  it('lists each key post’s time and title, linking to its permalink, in the order given', () => {
    const html = markup(<KeyEvents story={story} events={events} />);
    expect(html).toMatch(/^<nav id="key-events" aria-labelledby="key-events-heading"><h2 id="key-events-heading">/);
    expect(html).toContain(
      '<li><a href="/city/storm-idris-live/posts/gates-shut">' +
        '<time dateTime="2026-11-28T09:40:00.000Z">09:40 GMT</time><span>Harbour gates shut</span></a></li>',
    );
    expect(readableText(<KeyEvents story={story} events={events} />)).toBe(
      'Key events 09:40 GMT Harbour gates shut 06:05 GMT Red warning issued',
    );
  });

  it('renders nothing before the first key event', () => {
    expect(markup(<KeyEvents story={story} events={[]} />)).toBe('');
  });
});
