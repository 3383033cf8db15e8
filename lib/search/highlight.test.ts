import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

const marked = (text: string, terms: string[]) =>
  highlightSegments(text, new Set(terms))
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('highlightSegments', () => {
  it('marks whole words whose folded form matched, keeping the original text', () => {
    expect(marked('Harbour wall repaired before the harbour storms', ['harbour', 'storms'])).toBe(
      '[Harbour] wall repaired before the [harbour] [storms]',
    );
  });

  it('matches accented and differently cased words', () => {
    expect(marked('Le CAFÉ du port', ['cafe'])).toBe('Le [CAFÉ] du port');
  });

  it('marks a word when one of its parts matched', () => {
    expect(marked("Merrow's tram", ['merrow'])).toBe("[Merrow]'s tram");
  });

  it('joins back to the original text, markup included', () => {
    const text = '<script>alert("harbour")</script> 🌊 مرفأ';
    expect(
      highlightSegments(text, new Set(['harbour', 'مرفا']))
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
    expect(marked(text, ['harbour', 'مرفا'])).toBe('<script>alert("[harbour]")</script> 🌊 [مرفأ]');
  });

  it('returns the text as one plain segment when nothing matched', () => {
    expect(highlightSegments('Harbour wall', new Set())).toEqual([{ text: 'Harbour wall', match: false }]);
    expect(highlightSegments('', new Set(['x']))).toEqual([]);
  });
});
