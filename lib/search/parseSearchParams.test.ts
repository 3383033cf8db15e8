import { describe, expect, it } from 'vitest';
import { cleanQuery, MAX_PAGE, MAX_QUERY_LENGTH, parsePage, parseSearchParams } from './parseSearchParams';

const SECTIONS = ['city', 'sport'];
const parse = (raw: Record<string, string | string[] | undefined>) => parseSearchParams(raw, SECTIONS);

describe('cleanQuery', () => {
  it('trims and collapses whitespace of every kind', () => {
    expect(cleanQuery('  harbour \t\n wall\u00a0 \u3000 ')).toEqual({ q: 'harbour wall', truncated: false });
  });

  it('turns NUL and other controls into spaces, so words either side stay apart', () => {
    expect(cleanQuery('harbour\u0000wall\u0007\u009f').q).toBe('harbour wall');
  });

  it('removes bidi overrides and other invisible characters but keeps RTL text', () => {
    expect(cleanQuery('\u202Eevil\u202C \u200Bmid\u200Bdle \uFEFF').q).toBe('evil middle');
    expect(cleanQuery('مرفأ \u200Fשלום').q).toBe('مرفأ שלום');
  });

  it('keeps emoji, including ZWJ sequences, whole', () => {
    expect(cleanQuery('👨‍👩‍👧 harbour 🌊').q).toBe('👨‍👩‍👧 harbour 🌊');
  });

  it('composes accents and trims piles of combining marks', () => {
    expect(cleanQuery('cafe\u0301').q).toBe('café');
    expect(cleanQuery(`q${'\u0301'.repeat(50)}`).q).toBe(`q${'\u0301'.repeat(4)}`);
  });

  it('replaces lone surrogates instead of passing broken text on', () => {
    expect(cleanQuery('a\uD800b \uDC00c').q).toBe('a b c');
  });

  it(`cuts at ${MAX_QUERY_LENGTH} characters and says so`, () => {
    const long = cleanQuery('ab '.repeat(200));
    expect(long.truncated).toBe(true);
    expect([...long.q].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(long.q).toBe(long.q.trim());
    expect(cleanQuery('x'.repeat(MAX_QUERY_LENGTH))).toEqual({ q: 'x'.repeat(MAX_QUERY_LENGTH), truncated: false });
  });

  it('counts an emoji sequence as one character and never cuts inside it', () => {
    const family = '👨‍👩‍👧';
    const { q, truncated } = cleanQuery(family.repeat(MAX_QUERY_LENGTH + 1));
    expect(truncated).toBe(true);
    expect(q).toBe(family.repeat(MAX_QUERY_LENGTH));
  });

  it('leaves markup and operators as text (React escapes it on the way out)', () => {
    expect(cleanQuery('<script>alert(1)</script> AND "x" -y * ?').q).toBe('<script>alert(1)</script> AND "x" -y * ?');
  });
});

describe('parsePage', () => {
  it.each([
    ['', 1],
    ['1', 1],
    ['2', 2],
    [' 3 ', 3],
    ['007', 7],
    ['0', 1],
    ['-2', 1],
    ['2.5', 1],
    ['1e3', 1],
    ['abc', 1],
    ['０２', 1],
    ['99999999999', MAX_PAGE],
    ['9'.repeat(400), MAX_PAGE],
  ])('%j → %d', (raw, page) => {
    expect(parsePage(raw)).toBe(page);
  });
});

describe('parseSearchParams', () => {
  it('reads a full search', () => {
    expect(parse({ q: 'harbour', section: 'city', page: '2' })).toEqual({
      q: 'harbour',
      truncated: false,
      section: 'city',
      sectionIgnored: false,
      page: 2,
    });
  });

  it('defaults everything when nothing is given', () => {
    expect(parse({})).toEqual({ q: '', truncated: false, section: undefined, sectionIgnored: false, page: 1 });
  });

  it('takes the first of repeated parameters', () => {
    expect(parse({ q: ['first', 'second'], page: ['3', '4'], section: ['sport', 'city'] })).toMatchObject({
      q: 'first',
      page: 3,
      section: 'sport',
    });
  });

  it('ignores an unknown section and says so, but accepts any letter case of a known one', () => {
    expect(parse({ q: 'x', section: 'nowhere' })).toMatchObject({ section: undefined, sectionIgnored: true });
    expect(parse({ q: 'x', section: '../../etc' })).toMatchObject({ section: undefined, sectionIgnored: true });
    expect(parse({ q: 'x', section: 'City' })).toMatchObject({ section: 'city', sectionIgnored: false });
    expect(parse({ q: 'x', section: '' })).toMatchObject({ section: undefined, sectionIgnored: false });
  });

  it('never throws on hostile input', () => {
    const hostile = [
      '\u0000',
      '\uD800',
      '<img src=x onerror=alert(1)>',
      '%00',
      '${process.exit()}',
      ')]}\'"',
      'a'.repeat(20_000),
    ];
    for (const value of hostile) {
      expect(() => parse({ q: value, section: value, page: value })).not.toThrow();
    }
  });
});
