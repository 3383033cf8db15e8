import fs from 'node:fs';
import path from 'node:path';
import Database from 'libsql';

/** A row as plain column values: the driver's own `_metadata` property is left out. */
export type Row = Record<string, unknown>;
export type Params = unknown[];

/**
 * The store's one door to SQLite (docs/adr/012-archive-store.md). Kept to what the compiler and readers use, so a
 * PostgreSQL store can answer the same calls later.
 */
export interface Store {
  readonly path: string;
  readonly readonly: boolean;
  all(sql: string, ...params: Params): Row[];
  get(sql: string, ...params: Params): Row | undefined;
  /** Column values in select order, for checksums and bulk reads. */
  rows(sql: string, ...params: Params): unknown[][];
  run(sql: string, ...params: Params): void;
  exec(sql: string): void;
  /** `fn` in one write transaction (BEGIN IMMEDIATE): all of it, or on a throw none of it. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export interface OpenOptions {
  /** Servers open the store read-only; only the compiler writes (it creates the file when missing). */
  readonly: boolean;
}

export function openStore(file: string, { readonly }: OpenOptions): Store {
  if (readonly && !fs.existsSync(file)) throw new Error(`${file} does not exist`);
  if (!readonly) fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { readonly, fileMustExist: readonly });
  // The compiler waits for a reader's lock; a reader never waits long.
  db.pragma(`busy_timeout = ${readonly ? 1_000 : 10_000}`);
  const statements = new Map<string, Database.Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const rows = (sql: string, params: Params) =>
    prepared(sql)
      .raw(true)
      .all(...params) as unknown[][];
  const objects = (sql: string, params: Params): Row[] => {
    const statement = prepared(sql);
    const names = statement.columns().map((c) => c.name);
    return rows(sql, params).map((values) => Object.fromEntries(names.map((name, i) => [name, values[i]])));
  };
  return {
    path: file,
    readonly,
    all: (sql, ...params) => objects(sql, params),
    get: (sql, ...params) => {
      const statement = prepared(sql);
      const values = statement.raw(true).get(params) as unknown[] | undefined;
      return values && Object.fromEntries(statement.columns().map((c, i) => [c.name, values[i]]));
    },
    rows: (sql, ...params) => rows(sql, params),
    run: (sql, ...params) => {
      prepared(sql).run(params);
    },
    exec: (sql) => {
      db.exec(sql);
    },
    transaction: (fn) => db.transaction(fn).immediate(),
    close: () => db.close(),
  };
}
