import { describe, expect, it } from 'vitest';
import { Pagination } from './Pagination';
import { markup, readableText } from './testing/render';

describe('Pagination', () => {
  it('renders nothing for a listing that fits one page', () => {
    expect(markup(<Pagination base="/city" page={1} pageCount={1} />)).toBe('');
  });

  it('on the first page links only to older stories, on page 2', () => {
    const html = markup(<Pagination base="/city" page={1} pageCount={3} />);
    expect(html).toContain('<nav aria-label="Pages">');
    expect(html).toContain('<a href="/city/page/2" rel="next">Older stories →</a>');
    expect(html).not.toContain('Newer stories');
    expect(html).not.toContain('rel="prev"');
    expect(html).toContain('<span aria-current="page">Page 1 of 3</span>');
  });

  it('in the middle links back to page 1 at the listing URL and on to the next page', () => {
    const html = markup(<Pagination base="/topics/floods" page={2} pageCount={3} />);
    expect(html).toContain('<a href="/topics/floods" rel="prev">← Newer stories</a>');
    expect(html).toContain('<a href="/topics/floods/page/3" rel="next">Older stories →</a>');
    expect(html).toContain('<link rel="prev" href="/topics/floods"/>');
    expect(html).toContain('<link rel="next" href="/topics/floods/page/3"/>');
    expect(readableText(<Pagination base="/topics/floods" page={2} pageCount={3} />)).toBe(
      '← Newer stories Page 2 of 3 Older stories →',
    );
  });

  it('on the last page links only to newer stories', () => {
    const html = markup(<Pagination base="/authors/ines-okafor" page={3} pageCount={3} />);
    expect(html).toContain('<a href="/authors/ines-okafor/page/2" rel="prev">← Newer stories</a>');
    expect(html).not.toContain('Older stories');
    expect(html).not.toContain('rel="next"');
  });
});

describe('Pagination of a live story', () => {
  it('speaks of updates', () => {
    expect(readableText(<Pagination base="/city/storm-live" page={2} pageCount={3} noun="updates" />)).toBe(
      '← Newer updates Page 2 of 3 Older updates →',
    );
  });
});
