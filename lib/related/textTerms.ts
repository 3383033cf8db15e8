import { splitWords, wordTerms } from '@/lib/text/tokenize';

const NONE: readonly number[] = [];
const ALL_DIGITS = /^\d+$/;

/**
 * Numbers the content words of texts for related ranking: the shared tokenizer's terms (folded,
 * no function words), stemmed, with numbers and terms under three letters left out: too short
 * or too generic to say two stories are about the same thing. Each distinct word is judged once
 * and remembered, so a body costs one lookup per word however long the corpus.
 */
export class TermDictionary {
  /** Term text by id. */
  readonly terms: string[] = [];
  private readonly idOfTerm = new Map<string, number>();
  private readonly idsOfWord = new Map<string, readonly number[]>();

  /** Term ids of a text's content words, one per occurrence, in order; new terms get new ids. */
  idsOf(text: string): number[] {
    const ids: number[] = [];
    for (const word of contentWordRuns(text)) {
      let found = this.idsOfWord.get(word);
      if (!found) this.idsOfWord.set(word, (found = this.judge(word, true)));
      for (const id of found) ids.push(id);
    }
    return ids;
  }

  /** As idsOf, for a text outside the corpus: only terms already numbered, and nothing is added. */
  knownIdsOf(text: string): number[] {
    return contentWordRuns(text).flatMap((word) => this.idsOfWord.get(word) ?? this.judge(word, false));
  }

  private judge(word: string, add: boolean): readonly number[] {
    const ids: number[] = [];
    for (const t of wordTerms(word) ?? []) {
      if (t.length < 3 || ALL_DIGITS.test(t)) continue;
      const term = stem(t);
      let id = this.idOfTerm.get(term);
      if (id === undefined && add) {
        id = this.terms.push(term) - 1;
        this.idOfTerm.set(term, id);
      }
      if (id !== undefined) ids.push(id);
    }
    return ids.length ? ids : NONE;
  }
}

const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_LONG_RUNS = /[a-z0-9]{3,}/g;

/**
 * The word runs that can hold a content word. Most bodies are ASCII, where a run under three
 * characters never yields one and case never matters: lowering the text first and skipping short
 * runs in the regex gives the same ids with a third fewer words to look up, and one map entry for
 * "The" and "the". Other texts keep every run, as folding can lengthen a word ("㍱" is "hpa").
 */
function contentWordRuns(text: string): string[] {
  return NON_ASCII.test(text) ? splitWords(text) : (text.toLowerCase().match(ASCII_LONG_RUNS) ?? []);
}

/** A light suffix-stripper so "floods" and "flooding" meet; not a full Porter stemmer. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  if (word.length > 5 && word.endsWith('ed')) return word.slice(0, -2);
  return word;
}
