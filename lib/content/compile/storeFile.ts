import fs from 'node:fs';
import path from 'node:path';
import { openStore } from '@/lib/store/openStore';
import { SCHEMA_SQL } from '@/lib/store/schema';
import type { SourceRecord } from '@/lib/store/sourceFiles';
import { type WritePlan, writeContent } from './writeContent';

/**
 * The store's file on disk: one writer at a time, an incremental compile as one transaction, a full one as a new file
 * renamed over the old (docs/adr/012-archive-store.md).
 */
/** Thrown when another compile holds the store. */
export class StoreBusyError extends Error {
  name = 'StoreBusyError';
}

/**
 * One compiler at a time: `<store>.lock` holds the writer's pid, and a lock whose process is gone (a killed compile)
 * is taken over.
 */
export function takeWriterLock(storePath: string): () => void {
  const lock = `${storePath}.lock`;
  fs.mkdirSync(path.dirname(storePath), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const holder = Number(fs.readFileSync(lock, 'utf8'));
    if (holder && isRunning(holder))
      throw new StoreBusyError(`another compile (pid ${holder}) is writing ${storePath}: wait for it to finish`);
    fs.rmSync(lock, { force: true });
  }
}

/** An incremental compile: one transaction in the store; killed half-way, SQLite rolls it back on next open. */
export function writeInPlace(storePath: string, plan: WritePlan) {
  const store = openStore(storePath, { readonly: false });
  try {
    store.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL');
    return store.transaction(() => writeContent(store, plan));
  } finally {
    store.close();
  }
}

/**
 * A full compile: a new file next to the store, renamed over it once complete and on disk. Readers that hold the old
 * file open keep reading it until they reopen. The old store's WAL is checkpointed and removed first, so the new
 * file never meets a log written for the old one.
 */
export function writeNewStore(storePath: string, plan: WritePlan) {
  removeAbandoned(storePath);
  const next = `${storePath}.tmp-${process.pid}`;
  removeDatabase(next);
  const store = openStore(next, { readonly: false });
  try {
    // Nothing to roll back into: a failed build is deleted whole.
    store.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF');
    store.exec(SCHEMA_SQL);
    const written = store.transaction(() => writeContent(store, plan));
    store.exec('PRAGMA journal_mode = WAL');
    store.close();
    const fd = fs.openSync(next, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    retireOldStore(storePath);
    fs.renameSync(next, storePath);
    const dir = fs.openSync(path.dirname(storePath), 'r');
    fs.fsyncSync(dir);
    fs.closeSync(dir);
    return written;
  } catch (error) {
    try {
      store.close();
    } catch {}
    removeDatabase(next);
    throw error;
  }
}

/** The old store's log folded into it and removed; a damaged old store just loses its log files. */
function retireOldStore(storePath: string): void {
  if (!fs.existsSync(storePath)) return;
  try {
    const old = openStore(storePath, { readonly: false });
    try {
      old.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } finally {
      old.close();
    }
  } catch {
    for (const suffix of ['-wal', '-shm']) fs.rmSync(storePath + suffix, { force: true });
  }
}

/** Files a killed full compile left beside the store (`<store>.tmp-<pid>` of a process that is gone). */
function removeAbandoned(storePath: string): void {
  const dir = path.dirname(storePath);
  const prefix = `${path.basename(storePath)}.tmp-`;
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const pid = Number(/^(\d+)$/.exec(name.slice(prefix.length).replace(/-(wal|shm|journal)$/, ''))?.[1]);
    if (name.startsWith(prefix) && pid && !isRunning(pid)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/** Nothing changed: only files touched without an edit get their new size and time (so the start check stays cheap). */
export function touchSources(storePath: string, sources: WritePlan['sources'], old: Map<string, SourceRecord>): void {
  const moved = [...sources].filter(([key, s]) => old.get(key)?.mtimeMs !== s.mtimeMs || old.get(key)?.size !== s.size);
  if (!moved.length) return;
  const store = openStore(storePath, { readonly: false });
  try {
    store.transaction(() => {
      for (const [key, s] of moved)
        store.run('UPDATE sources SET size = ?, mtime_ms = ? WHERE file = ?', s.size, s.mtimeMs, key);
    });
  } finally {
    store.close();
  }
}

export function readCommit(storePath: string): string | null {
  const store = openStore(storePath, { readonly: true });
  try {
    return (store.get('SELECT "commit" FROM meta WHERE id = 1')?.commit as string | null) ?? null;
  } finally {
    store.close();
  }
}
