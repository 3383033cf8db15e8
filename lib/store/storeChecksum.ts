import crypto from 'node:crypto';
import type { Store } from './openStore';
import { CONTENT_TABLES } from './schema';

/**
 * sha256 over the content tables, row by row in key order (meta, the parse cache and file times left out), and the
 * search index's vocabulary: the same content files give the same checksum however the store was compiled.
 */
export function storeChecksum(store: Store): string {
  const hash = crypto.createHash('sha256');
  for (const { table, columns, orderBy } of CONTENT_TABLES) {
    hash.update(`${table}\n`);
    for (const row of store.rows(`SELECT ${columns} FROM ${table} ORDER BY ${orderBy}`))
      hash.update(`${JSON.stringify(row)}\n`);
  }
  hash.update('stories_fts\n');
  store.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.stories_vocab USING fts5vocab(main, 'stories_fts', 'row')");
  for (const row of store.rows('SELECT term, doc, cnt FROM temp.stories_vocab ORDER BY term'))
    hash.update(`${JSON.stringify(row)}\n`);
  return hash.digest('hex');
}
