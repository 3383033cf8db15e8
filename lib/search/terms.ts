/**
 * How text becomes search terms. The index, the query and the highlighter all go through these
 * functions, so a word typed as "Café", "cafe" or "CAFÉ" meets the same term everywhere.
 */

/**
 * Function words dropped from the index and from queries. Every query word must match, and these
 * would match nearly every story, so they only slow the search and clutter highlighting.
 */
const STOPWORDS = new Set(
  'a an and are as at be but by for from had has have he her his i if in into is it its of on or our she so than that the their them then there these they this to was we were what when which who will with you your'.split(
    ' ',
  ),
);

/** Longest term kept: anything longer is not a word (a pasted hash, a run of one key). */
export const MAX_TERM_LENGTH = 40;

/** Splits raw text into word-ish runs. Marks stay with their letter so "e\u0301" is not cut in two. */
const WORD_RUNS = /[^\p{L}\p{N}\p{M}]+/u;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}+/gu;

/** Lower case, compatibility forms unfolded, accents removed: "Café" → "cafe", "ﬁsh" → "fish". */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFKD').replace(MARKS, '');
}

/** MiniSearch's tokenizer: word runs of the raw text (emoji, punctuation and operators fall away). */
export function splitWords(text: string): string[] {
  return text.split(WORD_RUNS).filter(Boolean);
}

/**
 * MiniSearch's term processor: the folded terms of one word run, or null when none is worth
 * indexing. Idempotent, so a query made of already-processed terms is processed to itself.
 */
export function wordTerms(word: string): string[] | null {
  const terms = foldWord(word)
    .split(NON_WORD)
    .filter((t) => t.length <= MAX_TERM_LENGTH && !STOPWORDS.has(t) && (t.length > 1 || /\d/.test(t)));
  return terms.length ? terms : null;
}

/** Distinct search terms of a text, in order. */
export function textTerms(text: string): string[] {
  return [...new Set(splitWords(text).flatMap((w) => wordTerms(w) ?? []))];
}

/**
 * The words a reader sees in an MDX body: tags, link targets, URLs and entities removed, and the
 * visible string props of the components kept (a figure's caption, a pull quote's speaker, a
 * factbox's title). Markdown punctuation (#, *, _, >, |) needs no stripping: it is not a word.
 */
export function plainText(mdx: string): string {
  return mdx
    .replace(
      /<[A-Za-z][^>]*>/g,
      (tag) => [...tag.matchAll(/\b(?:caption|by|title)="([^"]*)"/g)].map((m) => ` ${m[1]} `).join('') || ' ',
    )
    .replace(/<\/[A-Za-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, ' $1 ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, ' ')
    .replace(/```[^\n]*|`/g, ' ');
}
