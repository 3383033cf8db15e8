import fs from 'node:fs';
import { openStore, type Store } from './openStore';
import { SCHEMA_VERSION } from './schema';
import { listContentFiles, sha256 } from './sourceFiles';

export type StoreStateKind = 'missing' | 'corrupt' | 'wrong-schema' | 'stale' | 'ok';

export interface StoreState {
  state: StoreStateKind;
  /** One line for `npm start` to print, naming the command that fixes it. */
  message: string;
}

const FIX = 'npm run content:compile';

/**
 * Whether the store at `storePath` can be served for the files in `contentDir`, cheaply enough for a server's start:
 * files are compared by size and time, and only a file whose size or time moved is hashed.
 */
export function storeState(storePath: string, contentDir: string): StoreState {
  if (!fs.existsSync(storePath))
    return { state: 'missing', message: `the content store ${storePath} does not exist: run \`${FIX}\`` };
  let store: Store | undefined;
  try {
    store = openStore(storePath, { readonly: true });
    const meta = store.get('SELECT version, schema_version FROM meta WHERE id = 1');
    if (!meta) throw new Error('no version');
    if (meta.schema_version !== SCHEMA_VERSION) {
      const found = `schema ${meta.schema_version}, this code reads ${SCHEMA_VERSION}`;
      return {
        state: 'wrong-schema',
        message: `the content store ${storePath} has ${found}: run \`${FIX} -- --full\``,
      };
    }
    const stale = staleFile(store, contentDir);
    if (stale)
      return {
        state: 'stale',
        message: `the content store ${storePath} is older than ${contentDir} (${stale}): run \`${FIX}\``,
      };
    return { state: 'ok', message: `the content store ${storePath} is at version ${meta.version}` };
  } catch {
    const message = `the content store ${storePath} cannot be read (not a store, or damaged): run \`${FIX} -- --full\``;
    return { state: 'corrupt', message };
  } finally {
    store?.close();
  }
}

/** The first difference found between the store's sources and the folder, as a few words; null when none. */
function staleFile(store: Store, contentDir: string): string | null {
  const files = listContentFiles(contentDir);
  const known = new Map(store.rows('SELECT file, sha256, size, mtime_ms FROM sources').map((r) => [String(r[0]), r]));
  for (const [file, { size, mtimeMs }] of files) {
    const row = known.get(file);
    if (!row) return `${file} is new`;
    if (row[2] === size && row[3] === mtimeMs) continue;
    if (sha256(fs.readFileSync(`${contentDir}/${file}`, 'utf8')) !== row[1]) return `${file} changed`;
  }
  for (const file of known.keys()) if (!files.has(file)) return `${file} was removed`;
  return null;
}
