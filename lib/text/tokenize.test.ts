import { describe, expect, it } from 'vitest';
import { foldWord, splitWords, textTerms, wordTerms } from './tokenize';

describe('foldWord', () => {
  it('lower-cases and removes accents and compatibility forms', () => {
    expect(foldWord('Café')).toBe('cafe');
    expect(foldWord('CAFE\u0301')).toBe('cafe');
    expect(foldWord('ﬁsh')).toBe('fish');
    expect(foldWord('İstanbul')).toBe('istanbul');
  });
});

describe('textTerms', () => {
  it('drops punctuation, operators, emoji and function words', () => {
    expect(textTerms('The harbour AND "flood" -wall * ? 🌊 of Merrow\'s')).toEqual([
      'harbour',
      'flood',
      'wall',
      'merrow',
    ]);
  });

  it('keeps numbers, even single digits, but not single letters', () => {
    expect(textTerms('Line 3 x £40m')).toEqual(['line', '3', '40m']);
  });

  it('keeps non-Latin words', () => {
    expect(textTerms('مرفأ שלום Ελλάδα')).toEqual(['مرفا', 'שלום', 'ελλαδα']);
  });

  it('drops runs too long to be words', () => {
    expect(textTerms(`${'a'.repeat(41)} harbour`)).toEqual(['harbour']);
  });

  it('is idempotent, so processed terms can be searched again as a query', () => {
    const terms = textTerms('Café de l’Opéra, 2026: ﬁsh & chips');
    expect(textTerms(terms.join(' '))).toEqual(terms);
    for (const t of terms) expect(wordTerms(t)).toEqual([t]);
  });
});

describe('splitWords', () => {
  it('keeps marks with their letter and drops everything that is not a word', () => {
    expect(splitWords('Cafe\u0301 — 2026: 🌊 x')).toEqual(['Cafe\u0301', '2026', 'x']);
  });
});

describe('wordTerms', () => {
  it('drops function words, for search and related ranking alike', () => {
    for (const word of ['The', 'about', 'WOULD', 'yourselves']) expect(wordTerms(word)).toBeNull();
    expect(wordTerms('Said')).toEqual(['said']);
  });
});
