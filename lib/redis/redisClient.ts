import { createClient } from '@redis/client';

/**
 * A client of REDIS_URL that never stops the process: errors are swallowed (cache-handler.mjs logs outages once),
 * connect() is never awaited (with Redis down at start it would wait for it), and commands fail fast until it is up.
 */
export function newRedisClient() {
  const client = createClient({
    url: process.env.REDIS_URL,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1_000, reconnectStrategy: (n: number) => Math.min(250 * 2 ** n, 5_000) },
  });
  client.on('error', () => undefined);
  client.connect().catch(() => undefined);
  return client;
}
export type RedisClient = ReturnType<typeof newRedisClient>;

/** Routes and instrumentation.ts each bundle their modules: one command connection per process, not per copy. */
const state = globalThis as typeof globalThis & { __mastheadRedis?: RedisClient };

/** The process's one connection for commands (a subscriber needs a client of its own: `newRedisClient`). */
export const sharedRedis = (): RedisClient => (state.__mastheadRedis ??= newRedisClient());
