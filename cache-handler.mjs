// The shared ISR cache for several `next start` instances behind one load balancer: Redis first,
// each instance's own memory (LRU) as the fallback. Used only when REDIS_URL is set (see
// next.config.js); without it Next.js keeps its default file-system cache.
// Redis down (also at start): reads and writes to it fail fast (not ready, disabled offline queue,
// 500 ms timeout), pages are served from memory or rendered, a warning is logged once per outage, and
// the client reconnects by itself when Redis returns.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

const state = globalThis;

CacheHandler.onCreation(() => {
  state.__mastheadCacheConfig ??= createConfig();
  return state.__mastheadCacheConfig;
});

async function createConfig() {
  const memory = createLruHandler({ maxItemsNumber: 5_000, maxItemSizeBytes: 10 * 1024 * 1024 });
  if (!process.env.REDIS_URL || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [memory] };
  let down = false;
  const client = createClient({
    url: process.env.REDIS_URL,
    disableOfflineQueue: true,
    pingInterval: 5_000,
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries) => Math.min(250 * 2 ** retries, 5_000) },
  });
  client.on('error', (error) => {
    if (!down)
      console.warn(
        `[cache] Redis unavailable (${error.message}); serving from this instance's memory until it returns.`,
      );
    down = true;
  });
  client.on('ready', () => {
    if (down) console.info('[cache] Redis is back; the shared cache is in use again.');
    down = false;
  });
  // Not awaited: with Redis down, connect() waits for it (the client retries forever), and so would every
  // cache read. Until it is ready the Redis handler refuses at once and the memory handler answers.
  client.connect().catch(() => undefined);
  const shared = createRedisHandler({ client, keyPrefix: 'masthead:cache:', timeoutMs: 500 });
  return { handlers: [shared, memory] };
}

export default CacheHandler;
