import { STOPWORDS } from './stopwords';

/**
 * How text becomes terms, for search (the index, the query, the highlighter) and for related
 * ranking: a word typed as "Café", "cafe" or "CAFÉ" meets the same term everywhere.
 */

/** Longest term kept: anything longer is not a word (a pasted hash, a run of one key). */
export const MAX_TERM_LENGTH = 40;

/** Word runs. Marks stay with their letter so "e\u0301" is not cut in two. */
export const WORD_RUNS = /[\p{L}\p{N}\p{M}]+/gu;
/** The same runs in ASCII text, which most bodies are: a plain character class is several times faster. */
const ASCII_WORD_RUNS = /[A-Za-z0-9]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
export const NON_WORD = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}+/gu;
const DIGIT = /\d/;

/** Lower case, compatibility forms unfolded, accents removed: "Café" → "cafe", "ﬁsh" → "fish". */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFKD').replace(MARKS, '');
}

/** Word runs of raw text: emoji, punctuation and operators fall away. */
export function splitWords(text: string): string[] {
  return text.match(NON_ASCII.test(text) ? WORD_RUNS : ASCII_WORD_RUNS) ?? [];
}

/**
 * The folded terms of one word run, or null when none is worth keeping: no function words, no
 * single letters (single digits stay: "line 3"), nothing longer than MAX_TERM_LENGTH. Idempotent,
 * so a query made of already-processed terms is processed to itself.
 */
export function wordTerms(word: string): string[] | null {
  const terms = foldWord(word)
    .split(NON_WORD)
    .filter((t) => t.length <= MAX_TERM_LENGTH && !STOPWORDS.has(t) && (t.length > 1 || DIGIT.test(t)));
  return terms.length ? terms : null;
}

/** Distinct terms of a text, in order. */
export function textTerms(text: string): string[] {
  return [...new Set(splitWords(text).flatMap((w) => wordTerms(w) ?? []))];
}
