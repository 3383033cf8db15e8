import { describe, expect, it } from 'vitest';
import { Figure } from './Figure';
import { markup, readableText } from './testing/render';

const harbour = {
  src: '/images/stories/harbour-gates.jpg',
  alt: 'Grey waves against the harbour wall, the steel flood gates closed',
  width: 1600,
  height: 900,
};

describe('Figure', () => {
  it('gives the image its alt text and intrinsic size, lazily loaded from the image optimiser', () => {
    const html = markup(<Figure {...harbour} />);
    const img = html.match(/<img [^>]*>/)![0];
    expect(img).toContain(`alt="${harbour.alt}"`);
    expect(img).toContain('width="1600"');
    expect(img).toContain('height="900"');
    expect(img).toContain('loading="lazy"');
    expect(img).toContain('src="/_next/image?url=%2Fimages%2Fstories%2Fharbour-gates.jpg&amp;w=');
    expect(img).toContain('sizes="(min-width: 1024px) 720px, 100vw"');
  });

  it('has no caption element when there is neither caption nor credit', () => {
    expect(markup(<Figure {...harbour} />)).not.toContain('<figcaption');
  });

  it('captions the image with its caption and credit', () => {
    const html = markup(<Figure {...harbour} caption="The gates held on Tuesday." credit="Photo: Ines Okafor" />);
    expect(html).toContain('<figcaption>The gates held on Tuesday.<span>Photo: Ines Okafor</span></figcaption>');
  });

  it('credits an image that has no caption', () => {
    expect(readableText(<Figure {...harbour} credit="Illustration: Masthead" />)).toBe('Illustration: Masthead');
  });

  it('loads the page’s lead image eagerly', () => {
    const html = markup(<Figure {...harbour} priority sizes="100vw" />);
    expect(html).toContain('loading="eager"');
    expect(html).toContain('fetchPriority="high"');
    expect(html).toContain('sizes="100vw"');
  });
});
