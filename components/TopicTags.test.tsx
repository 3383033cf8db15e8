import { describe, expect, it } from 'vitest';
import { TopicTags } from './TopicTags';
import { markup, readableText } from './testing/render';

const topics = [
  { slug: 'floods', name: 'Floods' },
  { slug: 'harbour-redevelopment', name: 'Harbour redevelopment' },
];

describe('TopicTags', () => {
  it('renders nothing for a story without topics', () => {
    expect(markup(<TopicTags topics={[]} />)).toBe('');
  });

  it('is a navigation landmark named Topics, linking each topic page as a tag', () => {
    const html = markup(<TopicTags topics={topics} />);
    expect(html).toMatch(/^<nav aria-label="Topics"><h2>Topics<\/h2><ul>/);
    expect(html).toContain('<li><a href="/topics/floods" rel="tag">Floods</a></li>');
    expect(html).toContain('<li><a href="/topics/harbour-redevelopment" rel="tag">Harbour redevelopment</a></li>');
  });

  it('keeps the story’s order of topics', () => {
    expect(readableText(<TopicTags topics={topics} />)).toBe('Topics Floods Harbour redevelopment');
    expect(readableText(<TopicTags topics={[...topics].reverse()} />)).toBe('Topics Harbour redevelopment Floods');
  });
});
