import { describe, expect, it } from 'vitest';
import { extraPages, pageHref, paginate, parsePageParam } from './paginate';

const items = Array.from({ length: 45 }, (_, i) => i);

describe('pagination', () => {
  it('slices pages and counts them', () => {
    expect(paginate(items, 1, 20)).toEqual({ items: items.slice(0, 20), page: 1, pageCount: 3 });
    expect(paginate(items, 3, 20)?.items).toEqual([40, 41, 42, 43, 44]);
  });

  it('has no page beyond the last, and page 1 even when empty', () => {
    expect(paginate(items, 4, 20)).toBeNull();
    expect(paginate(items, 0, 20)).toBeNull();
    expect(paginate([], 1, 20)).toEqual({ items: [], page: 1, pageCount: 1 });
  });

  it('accepts only plain page numbers from 2 up in URLs', () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam('2')).toBe(2);
    for (const bad of ['1', '0', '02', '-1', '2.5', 'two', '9999999', '']) expect(parsePageParam(bad), bad).toBeNull();
  });

  it('builds URLs and static params', () => {
    expect(pageHref('/city', 1)).toBe('/city');
    expect(pageHref('/city', 2)).toBe('/city/page/2');
    expect(extraPages(45, 20)).toEqual(['2', '3']);
    expect(extraPages(20, 20)).toEqual([]);
  });
});
