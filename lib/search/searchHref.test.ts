import { describe, expect, it } from 'vitest';
import { searchHref } from './searchHref';

describe('searchHref', () => {
  it('leaves out defaults', () => {
    expect(searchHref({ q: '' })).toBe('/search');
    expect(searchHref({ q: 'harbour', page: 1 })).toBe('/search?q=harbour');
  });

  it('encodes every part', () => {
    expect(searchHref({ q: 'tram & "line 3"', section: 'city', page: 2 })).toBe(
      '/search?q=tram+%26+%22line+3%22&section=city&page=2',
    );
    expect(new URL(searchHref({ q: '<script>' }), 'http://x').searchParams.get('q')).toBe('<script>');
  });
});
