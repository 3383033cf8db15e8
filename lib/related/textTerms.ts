import { splitWords, wordTerms } from '@/lib/text/tokenize';

const NONE: readonly number[] = [];
const ALL_DIGITS = /^\d+$/;

/**
 * Numbers the content words of texts for related ranking: the shared tokenizer's terms (folded, no function words),
 * stemmed, with numbers and terms under three letters left out: too short or too generic to say two stories are about
 * the same thing. Each distinct word is judged once and remembered, so a body costs one lookup per word however long
 * the corpus. Other texts than ASCII keep every word run, as folding can lengthen a word ("㍱" is "hpa").
 */
export class TermDictionary {
  /** Term text by id. */
  readonly terms: string[] = [];
  private readonly idOfTerm = new Map<string, number>();
  private readonly idsOfWord = new Map<string, readonly number[]>();
  /** Words of ASCII texts by a hash of their characters: a word is found without being cut out of its text. */
  private readonly wordsByHash = new Map<number, { word: string; ids: readonly number[] }>();

  /** Term ids of a text's content words, one per occurrence, in order; new terms get new ids. */
  idsOf(text: string, add = true): number[] {
    const ids: number[] = [];
    const idsOfWord = (word: string) => {
      let found = this.idsOfWord.get(word);
      if (!found) {
        found = this.judge(word, add);
        if (add) this.idsOfWord.set(word, found);
      }
      return found;
    };
    if (NON_ASCII.test(text)) {
      for (const word of splitWords(text)) ids.push(...idsOfWord(word));
      return ids;
    }
    // Most bodies are ASCII, where case never matters and a run of letters and digits under three
    // characters never makes a term: the lowered text's longer runs are hashed as they are read.
    const lower = text.toLowerCase();
    let hash = FNV_BASIS;
    let start = 0;
    for (let i = 0; i <= lower.length; i++) {
      const c = i < lower.length ? lower.charCodeAt(i) : 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        hash = Math.imul(hash ^ c, FNV_PRIME);
        continue;
      }
      if (i - start >= 3) {
        const key = hash & 0x3fffffff; // a small integer, which a Map finds fastest
        const known = this.wordsByHash.get(key);
        let found: readonly number[];
        if (known && known.word.length === i - start && lower.startsWith(known.word, start)) found = known.ids;
        else {
          const word = lower.slice(start, i);
          found = idsOfWord(word);
          if (!known && add) this.wordsByHash.set(key, { word, ids: found });
        }
        for (const id of found) ids.push(id);
      }
      start = i + 1;
      hash = FNV_BASIS;
    }
    return ids;
  }

  /** As idsOf, for a text outside the corpus: only terms already numbered, and nothing is added. */
  knownIdsOf(text: string): number[] {
    return this.idsOf(text, false);
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
const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** A light suffix-stripper so "floods" and "flooding" meet; not a full Porter stemmer. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  if (word.length > 5 && word.endsWith('ed')) return word.slice(0, -2);
  return word;
}
