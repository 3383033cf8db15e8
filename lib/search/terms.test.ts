import { describe, expect, it } from 'vitest';
import { foldWord, plainText, textTerms, wordTerms } from './terms';

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

describe('plainText', () => {
  it('removes tags but keeps visible component text', () => {
    const body = [
      '## The wall',
      '<Figure src="/images/stories/x.jpg" alt="Hidden alt" caption="Workers at low tide" credit="Illustration" />',
      '<PullQuote by="Ada Vell, engineer">We finished early.</PullQuote>',
      '<Factbox title="Key facts">',
      '- **Cost:** £2m',
      '</Factbox>',
      'See [the survey](/science/cliff-survey) and https://example.com/path?x=1 &amp; more.',
    ].join('\n');
    const text = plainText(body);
    expect(textTerms(text)).toEqual(
      expect.arrayContaining([
        'wall',
        'workers',
        'low',
        'tide',
        'ada',
        'vell',
        'engineer',
        'finished',
        'early',
        'key',
        'facts',
        'cost',
        '2m',
        'survey',
        'more',
      ]),
    );
    for (const gone of [
      'figure',
      'src',
      'images',
      'jpg',
      'pullquote',
      'factbox',
      'science',
      'example',
      'https',
      'amp',
      'credit',
      'hidden',
    ]) {
      expect(textTerms(text)).not.toContain(gone);
    }
  });
});
