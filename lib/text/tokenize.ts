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

/**
 * English function words, dropped by search (from the index and from queries) and by related
 * ranking. They occur in nearly every story: in a search where every word must match they only
 * slow the query and clutter highlighting, and they say nothing about what two stories share.
 * News boilerplate ("said", "year") is left to related ranking's inverse document frequency.
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between ' +
    'both but by can could did do does doing down during each few for from further had has have having he her here ' +
    'hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of ' +
    'off on once only or other our ours ourselves out over own same she should so some such than that the their ' +
    'theirs them themselves then there these they this those through to too under until up very was we were what ' +
    'when where which while who whom why will with would you your yours yourself yourselves'
  ).split(' '),
);

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
