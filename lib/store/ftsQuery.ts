/**
 * An FTS5 MATCH expression from a reader's words: each word a quoted string, so nothing a reader types (`"`, `*`,
 * `NEAR`, `AND`, `-`, `:`, `^`, parentheses) is read as query syntax. Words are runs of letters and digits, the way
 * the `unicode61` tokenizer splits them, and every one must match. `prefix` lets the last word match as a prefix
 * (a reader still typing). Null when there is no word to search for.
 */
export function ftsQuery(input: string | readonly string[], { prefix = false } = {}): string | null {
  const text = typeof input === 'string' ? input : input.join(' ');
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  if (!words.length) return null;
  return words.map((word, i) => `"${word}"${prefix && i === words.length - 1 ? '*' : ''}`).join(' ');
}
