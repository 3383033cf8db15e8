// The page cache (ISR) for `npm start`: every page Next.js generates after the build (a regenerated
// page, a page rendered on its first request) is stored here, and stored without the framework's
// runtime (lib/html/stripFrameworkRuntime.ts), so the cut is made once per generation and never on a
// cache hit. next.config.js uses it unless KEEP_FRAMEWORK_RUNTIME=1.
//
// Without REDIS_URL the store is Next.js's own file-system cache (memory in front of .next/server/app).
// With REDIS_URL several `next start` instances share Redis, each instance's own memory (LRU) as the
// fallback. Redis down (also at start): reads and writes to it fail fast (not ready, disabled offline
// queue, 500 ms timeout), pages are served from memory or rendered, a warning is logged once per outage,
// and the client reconnects by itself when Redis returns.

import { pathToFileURL } from 'node:url';
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
// Next.js's default cache handler; extended below only to change what `set` stores. A literal specifier, as bundlers
// need (Next.js bundles this file for proxy.ts): nextInternals.test.ts checks it is FILE_SYSTEM_CACHE_MODULE.
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { tsImport } from 'tsx/esm/api';
import { keepFrameworkRuntime } from './scripts/strip-framework-runtime.mjs';

// From the project root (the server's working directory), not from import.meta.url: Next.js also bundles this
// module for proxy.ts, and a bundled copy's URL follows the build folder (NEXT_DIST_DIR), not this file.
const root = pathToFileURL(`${process.cwd()}/`).href;
const { carriesFrameworkRuntime, stripFrameworkRuntime } = await tsImport('./lib/html/stripFrameworkRuntime.ts', root);
const { renderedFromOlderContent } = await tsImport('./lib/content/contentLoad.ts', root);
const { CACHE_KIND, CACHE_TAGS_HEADER } = await tsImport('./lib/framework/nextInternals.ts', root);

const state = globalThis;

CacheHandler.onCreation(() => {
  state.__mastheadCacheConfig ??= createConfig();
  return state.__mastheadCacheConfig;
});

async function createConfig() {
  const memory = createLruHandler({ maxItemsNumber: 5_000, maxItemSizeBytes: 10 * 1024 * 1024 });
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [memory] };
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

/**
 * A 404 or an error is never stored: the gate answers made-up URLs before Next.js sees them, so a render that ends in
 * one is a path it let through (a preview, a story unpublished a moment ago); stored, any such path would be an entry
 * that anyone could multiply, and in Redis a key in the shared tags hash.
 */
const isErrorRender = (value) => typeof value?.status === 'number' && value.status >= 400;

/** A generated page (APP_PAGE) as readers get it: without the framework's scripts. */
function forReaders(value) {
  if (
    keepFrameworkRuntime ||
    value?.kind !== CACHE_KIND.page ||
    typeof value.html !== 'string' ||
    !carriesFrameworkRuntime(value.html)
  )
    return value;
  return { ...value, html: stripFrameworkRuntime(value.html) };
}

// Node hands this CommonJS module over as its exports object; Vitest (pageCache.test.ts) as the class itself.
const Store = process.env.REDIS_URL ? CacheHandler : (fileSystemCache.default ?? fileSystemCache);

/** The cache tags Next.js recorded for a generated page or route handler (in its headers). */
function cacheTagsOf(value) {
  const header = value?.headers?.[CACHE_TAGS_HEADER];
  return Array.isArray(header) ? header : typeof header === 'string' ? header.split(',') : [];
}

/**
 * The Redis handler takes a page's tags from its headers but a route handler's only from `ctx.tags`, which
 * Next.js leaves empty for routes: without this, a publish would never regenerate a live story's
 * `live.json` in Redis, and every instance would serve the old manifest until it expired.
 */
function withRouteTags(value, ctx) {
  if (Store !== CacheHandler || value?.kind !== CACHE_KIND.route) return ctx;
  return { ...ctx, tags: [...new Set([...(ctx?.tags ?? []), ...cacheTagsOf(value)])] };
}

export default class PageCache extends Store {
  async set(key, value, ctx) {
    // A render that began before a publish and ended after it read the old content: stored now, it would
    // count as newer than the publish's revalidation. Left out, the next request renders the new content.
    if (renderedFromOlderContent(cacheTagsOf(value)) || isErrorRender(value)) return;
    return super.set(key, forReaders(value), withRouteTags(value, ctx));
  }
}
