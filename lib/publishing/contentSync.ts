import os from 'node:os';
import { createClient } from '@redis/client';
import { formatProblem } from '@/lib/content/problem';
import { reloadContent } from '@/lib/content/views';

/**
 * With several instances, a publish received by one must reach every instance's content index.
 * The receiving instance publishes on this Redis channel; every instance (itself included)
 * re-reads the content from its own disk (a shared volume or synced checkout) when told.
 */
const CHANNEL = 'masthead:content-published';
/** Time for the other instances to re-read content (about 1 s at 10,000 stories). */
const SETTLE_MS = Number(process.env.PUBLISH_SETTLE_MS ?? 1_500);

function newClient() {
  return createClient({
    url: process.env.REDIS_URL,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1_000, reconnectStrategy: (n: number) => Math.min(250 * 2 ** n, 5_000) },
  });
}
type RedisClient = ReturnType<typeof newClient>;
const state = globalThis as typeof globalThis & { __mastheadPublisher?: Promise<RedisClient | null> };

function connect(): Promise<RedisClient | null> {
  const client = newClient();
  client.on('error', () => undefined); // cache-handler.mjs logs outages once; this must not crash the process
  return client.connect().then(
    () => client,
    () => client,
  );
}

/** Starts listening for publishes made through other instances (instrumentation.ts). */
export async function listenForPublishes(): Promise<void> {
  if (!process.env.REDIS_URL) return;
  const subscriber = await connect();
  await subscriber
    ?.subscribe(CHANNEL, (origin) => {
      if (origin === instanceId()) return;
      const result = reloadContent();
      if (!result.ok)
        console.error(
          `[publish] content from another instance's publish has errors; keeping the last good version:\n${result.problems.map(formatProblem).join('\n')}`,
        );
    })
    .catch(() => undefined);
}

/**
 * Tells the other instances to reload, then gives them a moment before the caller revalidates
 * tags, so no instance regenerates a page from content it has not re-read yet. Resolves even when
 * Redis is down (the others then catch up at their next restart or publish).
 */
export async function announcePublish(): Promise<boolean> {
  if (!process.env.REDIS_URL) return false;
  state.__mastheadPublisher ??= connect();
  const client = await state.__mastheadPublisher;
  try {
    const receivers = (await client?.publish(CHANNEL, instanceId())) ?? 0;
    if (receivers > 1) await new Promise((r) => setTimeout(r, SETTLE_MS));
    return true;
  } catch {
    return false;
  }
}

function instanceId(): string {
  return `${os.hostname()}:${process.pid}`;
}
