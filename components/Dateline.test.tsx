import { describe, expect, it } from 'vitest';
import { Dateline } from './Dateline';
import { storyFixture } from './testing/fixtures';
import { markup, readableText } from './testing/render';

describe('Dateline', () => {
  it('gives the publication time, machine-readable and in the newsroom zone, and the reading time', () => {
    const story = storyFixture({ publishedAt: new Date('2026-11-24T06:45:00Z'), readingMinutes: 3 });
    expect(markup(<Dateline article={story} />)).toContain(
      '<span>Published <time dateTime="2026-11-24T06:45:00.000Z">Tue 24 November 2026, 06:45 GMT</time></span>',
    );
    expect(readableText(<Dateline article={story} />)).toBe('Published Tue 24 November 2026, 06:45 GMT 3 min read');
  });

  it('adds the last update time to a revised story', () => {
    const story = storyFixture({
      publishedAt: new Date('2026-11-24T06:45:00Z'),
      modifiedAt: new Date('2026-11-25T07:40:00Z'),
      readingMinutes: 4,
    });
    expect(markup(<Dateline article={story} />)).toContain(
      '<span>Last updated <time dateTime="2026-11-25T07:40:00.000Z">Wed 25 November 2026, 07:40 GMT</time></span>',
    );
    expect(readableText(<Dateline article={story} />)).toBe(
      'Published Tue 24 November 2026, 06:45 GMT Last updated Wed 25 November 2026, 07:40 GMT 4 min read',
    );
  });
});
