const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own said same she should so some such than that the their theirs them themselves then there these they this those through ' +
    'to too under until up very was we were what when where which while who whom why will with would you your yours yourself ' +
    'yourselves one two three new year years says say told people last first next week weeks month months day days time like ' +
    'would could may might must us many much still even back well get got make made way since around'
  ).split(' '),
);

/**
 * Numbers the content words of texts: lowercased, stemmed and accent-folded, with MDX tags, link
 * targets, stopwords, numbers and words under three letters left out. Each distinct word is
 * judged once and remembered, so a body costs one lookup per word however long the corpus.
 */
export class TermDictionary {
  /** Term text by id. */
  readonly terms: string[] = [];
  private readonly idOfTerm = new Map<string, number>();
  /** Raw word -> term id, or -1 for a word that is not a content word. */
  private readonly idOfWord = new Map<string, number>();

  /** Term ids of a text's content words, one per occurrence, in order. */
  idsOf(text: string): number[] {
    let plain = text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\]\([^)]*\)/g, ' ')
      .toLowerCase();
    // Folding accents is costly on whole bodies, and most bodies are plain ASCII.
    if (NON_ASCII.test(plain)) plain = plain.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    const ids: number[] = [];
    for (const word of plain.match(LONG_WORDS) ?? []) {
      let id = this.idOfWord.get(word);
      if (id === undefined) this.idOfWord.set(word, (id = this.judge(word)));
      if (id >= 0) ids.push(id);
    }
    return ids;
  }

  private judge(word: string): number {
    if (STOPWORDS.has(word) || ALL_DIGITS.test(word)) return -1;
    const term = stem(word);
    let id = this.idOfTerm.get(term);
    if (id === undefined) {
      id = this.terms.push(term) - 1;
      this.idOfTerm.set(term, id);
    }
    return id;
  }
}

/** Runs of three or more letters or digits: the regex skips "a", "of" and "to" itself. */
const LONG_WORDS = /[a-z0-9]{3,}/g;
const NON_ASCII = /[^\x00-\x7f]/;
const ALL_DIGITS = /^\d+$/;

/** A light suffix-stripper so "floods" and "flooding" meet; not a full Porter stemmer. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  if (word.length > 5 && word.endsWith('ed')) return word.slice(0, -2);
  return word;
}
