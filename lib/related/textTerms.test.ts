import { describe, expect, it } from 'vitest';
import { TermDictionary } from './textTerms';

const TEXT =
  'The Harbour wall, repaired in 2026 at a cost of 4.2m: "We have flooded twice," the harbour master said. ' +
  'Floods and FLOODING hit 12 homes on Quay St; an ab cd 3rd-floor flat, x1 and A1B2C3 ' +
  `${'z'.repeat(45)} stories studies glasses wishes churches boxes rising rained.`;

describe('the term dictionary', () => {
  it('numbers the words of an ASCII text as the general tokenizer would (lowered, short runs skipped)', () => {
    const ascii = new TermDictionary();
    const general = new TermDictionary();
    // One accented word sends the second text down the general path: it adds no term of its own.
    expect(ascii.idsOf(TEXT)).toEqual(general.idsOf(`${TEXT} é`));
    expect(ascii.terms).toEqual(general.terms);
    expect(ascii.terms).toContain('harbour');
    expect(ascii.terms).toContain('flood');
    expect(ascii.terms).not.toContain('the');
  });

  it('finds only known terms for a text outside the corpus, on either path', () => {
    const dictionary = new TermDictionary();
    dictionary.idsOf(TEXT);
    const known = dictionary.knownIdsOf('Harbour floods near the Quay and a brand-new pier');
    expect(known).toEqual(dictionary.knownIdsOf('Harbour floods near the Quay and a brand-new pier é'));
    expect(known.map((id) => dictionary.terms[id])).toEqual(['harbour', 'flood', 'quay']);
  });
});
