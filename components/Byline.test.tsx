import { describe, expect, it } from 'vitest';
import { Byline } from './Byline';
import { authorFixture } from './testing/fixtures';
import { markup, readableText } from './testing/render';

const ines = authorFixture('ines-okafor', 'Ines Okafor', 'City editor');
const mateo = authorFixture('mateo-farrant', 'Mateo Farrant', 'Science and environment correspondent');

describe('Byline', () => {
  it('is a list named Written by, one item per author, in the story’s order', () => {
    const html = markup(<Byline authors={[ines, mateo]} />);
    expect(html).toMatch(/^<ul aria-label="Written by">/);
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(readableText(<Byline authors={[ines, mateo]} />)).toBe(
      'Ines Okafor City editor Mateo Farrant Science and environment correspondent',
    );
  });

  it('links each name to the author’s page as rel=author', () => {
    const html = markup(<Byline authors={[ines, mateo]} />);
    expect(html).toContain('<a href="/authors/ines-okafor" rel="author">Ines Okafor</a>');
    expect(html).toContain('<a href="/authors/mateo-farrant" rel="author">Mateo Farrant</a>');
  });

  it('hides the portraits from screen readers, who hear the name next to them', () => {
    const images = markup(<Byline authors={[ines]} />).match(/<img [^>]*>/g)!;
    expect(images).toHaveLength(1);
    expect(images[0]).toContain('alt=""');
    expect(images[0]).toContain('src="/_next/image?url=%2Fimages%2Fauthors%2Fines-okafor.jpg&amp;w=');
    expect(images[0]).toContain('width="400"');
  });
});
