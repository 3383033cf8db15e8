import { foldWord, NON_WORD, WORD_RUNS } from '@/lib/text/tokenize';

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * `text` cut into plain and matching pieces, for `<mark>`ing. A word matches when its folded form
 * is one of the index terms the search matched (MiniSearch's `terms`: after prefix and typo
 * expansion, so "harbor" lights up "Harbour"). Joining the pieces gives back `text` unchanged.
 */
export function highlightSegments(text: string, terms: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  const push = (piece: string, match: boolean) => {
    if (!piece) return;
    const prev = segments[segments.length - 1];
    // Neighbouring pieces of the same kind are merged, so "<mark>a</mark><mark>b</mark>" never happens.
    if (prev && prev.match === match) prev.text += piece;
    else segments.push({ text: piece, match });
  };
  if (terms.size) {
    for (const m of text.matchAll(WORD_RUNS)) {
      const folded = foldWord(m[0]).split(NON_WORD);
      if (!folded.some((t) => terms.has(t))) continue;
      push(text.slice(last, m.index), false);
      push(m[0], true);
      last = m.index + m[0].length;
    }
  }
  push(text.slice(last), false);
  return segments;
}
