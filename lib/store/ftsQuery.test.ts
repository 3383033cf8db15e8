import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ftsQuery } from './ftsQuery';
import { openStore } from './openStore';

describe('ftsQuery', () => {
  it('quotes every word, so all must match', () => {
    expect(ftsQuery('harbour flood')).toBe('"harbour" "flood"');
    expect(ftsQuery(['Café', 'crème'])).toBe('"Café" "crème"');
    expect(ftsQuery('tram line 3', { prefix: true })).toBe('"tram" "line" "3"*');
  });

  it('keeps nothing of the query syntax a reader types', () => {
    expect(ftsQuery('"harbour')).toBe('"harbour"');
    expect(ftsQuery('harb*')).toBe('"harb"');
    expect(ftsQuery('NEAR(harbour flood, 2)')).toBe('"NEAR" "harbour" "flood" "2"');
    expect(ftsQuery('harbour -flood')).toBe('"harbour" "flood"');
    expect(ftsQuery('title:harbour')).toBe('"title" "harbour"');
    expect(ftsQuery('harbour AND OR NOT ^flood')).toBe('"harbour" "AND" "OR" "NOT" "flood"');
    expect(ftsQuery('{title dek}: (a OR b) + c')).toBe('"title" "dek" "a" "OR" "b" "c"');
  });

  it('is null when there is no word', () => {
    expect(ftsQuery('')).toBeNull();
    expect(ftsQuery('  "*:-^()  ')).toBeNull();
    expect(ftsQuery([])).toBeNull();
  });
});

describe('ftsQuery against FTS5', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-fts-'));
  const store = openStore(path.join(dir, 'fts.sqlite'), { readonly: false });
  store.exec(`CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');
    INSERT INTO t (rowid, title, body) VALUES (1, 'Harbour flood warning', 'The café near the quay closed.'),
      (2, 'NEAR misses at the crossing', 'Title: a column about trams'), (3, 'Flooding', 'harbours and floods');`);
  /** As search will: no word, no query (FTS5 reads a NULL or empty MATCH as a syntax error). */
  const match = (input: string, prefix = false) => {
    const query = ftsQuery(input, { prefix });
    return query === null
      ? []
      : store.rows('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid', query).map(([id]) => id);
  };
  afterAll(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('matches stems and letters without their accents', () => {
    expect(match('floods')).toEqual([1, 3]);
    expect(match('cafe quay')).toEqual([1]);
    expect(match('harb', true)).toEqual([1, 3]);
  });

  it('runs every hostile input as words, never as an error', () => {
    expect(match('NEAR')).toEqual([1, 2]); // the word: "near the quay", "NEAR misses"
    expect(match('title: trams')).toEqual([2]);
    expect(match('"flood')).toEqual([1, 3]);
    expect(match('flood -harbour')).toEqual([1, 3]);
    for (const input of ['"', '*', 'a"b', 'NEAR(a b)', '-', ':', 'x:y', 'AND', 'OR NOT', '^a', '(', ')', "'", '""*'])
      expect(() => match(input)).not.toThrow();
    expect(match('"*:-')).toEqual([]);
  });
});
