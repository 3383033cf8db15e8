import { createHash, randomUUID } from 'node:crypto';
import { site } from '@/lib/config/site';
import { formatProblem } from '@/lib/content/problem';
import { rereadContent } from '@/lib/content/views';
import { newRedisClient, type RedisClient, sharedRedis } from '@/lib/redis/redisClient';
import { generationCheckMs, shouldReload } from './generation';

/**
 * With several instances, a publish received by one must reach every instance's content index. The receiving instance
 * stamps a new content generation in Redis and announces it on a channel; every other instance re-reads the content
 * from its own disk (a shared volume or synced checkout) when told. Pub/sub delivers at most once, so each instance
 * also reads the stamp on a timer and re-reads its content when the stamp is not the one it last loaded: a missed
 * message costs at most half a publishing interval.
 */
const CHANNEL = 'masthead:content-published';
const GENERATION_KEY = 'masthead:content-generation';
/** Time for the other instances to re-read content (about 1 s at 10,000 stories). */
const SETTLE_MS = Number(process.env.PUBLISH_SETTLE_MS ?? 1_500);

/** Route handlers and instrumentation.ts each bundle this module: the state is per process, not per copy. */
const state = globalThis as typeof globalThis & {
  /** The generation this process's content was last loaded at; undefined until first known. */
  __mastheadGeneration?: string | null;
  /** A publish received while Redis was down: announced when it returns. */
  __mastheadUnannounced?: boolean;
};

function reload(why: string): boolean {
  const result = rereadContent();
  if (!result.ok)
    console.error(
      `[publish] content ${why} has errors; keeping the last good ` +
        `version:\n${result.problems.map(formatProblem).join('\n')}`,
    );
  return result.ok;
}

/** Starts listening for publishes made through other instances (instrumentation.ts). Returns at once. */
export function listenForPublishes(): void {
  if (!process.env.REDIS_URL) return;
  sharedRedis(); // connect at start, so the first publish finds the connection ready
  const subscriber = newRedisClient();
  // node-redis re-subscribes by itself after a reconnect; only the first subscription is ours to make.
  subscriber.once('ready', () => {
    subscriber
      .subscribe(CHANNEL, (generation) => {
        if (generation === state.__mastheadGeneration) return;
        if (reload("from another instance's publish")) state.__mastheadGeneration = generation;
      })
      .catch(() => undefined);
  });
  setInterval(checkGeneration, generationCheckMs(site.publishIntervalSeconds)).unref();
}

async function checkGeneration() {
  const client = sharedRedis();
  if (!client.isReady) return;
  if (state.__mastheadUnannounced) {
    state.__mastheadUnannounced = false;
    await stampAndAnnounce(client).catch(() => (state.__mastheadUnannounced = true));
    return;
  }
  const current = await client.get(GENERATION_KEY).catch(() => undefined);
  if (current === undefined || !shouldReload(state.__mastheadGeneration, current)) return;
  if (reload('published while this instance missed the message')) state.__mastheadGeneration = current;
}

/**
 * Stamps a new generation and tells the other instances to reload, then gives them a moment before the caller
 * revalidates tags, so no instance regenerates a page from content it has not re-read yet. With Redis down it gives up
 * after a 2 s wait for the connection; the stamp is written when Redis returns.
 */
export async function announcePublish(): Promise<boolean> {
  if (!process.env.REDIS_URL) return false;
  try {
    const client = sharedRedis();
    await readyWithin(client);
    const receivers = await stampAndAnnounce(client);
    if (receivers > 1) await new Promise((r) => setTimeout(r, SETTLE_MS));
    return true;
  } catch {
    state.__mastheadUnannounced = true;
    return false;
  }
}

/** A publish may arrive while the connection is still being made: wait briefly, never for an outage. */
const READY_WAIT_MS = 2_000;
function readyWithin(client: RedisClient): Promise<void> {
  if (client.isReady) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, READY_WAIT_MS);
    client.on('ready', done);
  });
}

async function stampAndAnnounce(client: RedisClient): Promise<number> {
  const generation = randomUUID();
  await client.set(GENERATION_KEY, generation);
  state.__mastheadGeneration = generation;
  return client.publish(CHANNEL, generation);
}

const SIGNATURE_KEY = 'masthead:publish-signature:';

/**
 * Whether no instance sharing this Redis has accepted this publish signature inside its freshness window: a captured
 * request replayed to another instance is refused there too. Without Redis each instance's own memory decides
 * (verifySignedBody); with Redis down, the same, so publishing never waits on an outage.
 */
export async function firstUseAcrossInstances(signature: string, windowSeconds: number): Promise<boolean> {
  if (!process.env.REDIS_URL) return true;
  const client = sharedRedis();
  if (!client.isReady) return true;
  const key = SIGNATURE_KEY + createHash('sha256').update(signature).digest('hex');
  // Kept twice the window: a timestamp may be up to the window away on either side of now.
  const set = await client.set(key, '1', { NX: true, EX: windowSeconds * 2 }).catch(() => 'OK');
  return set === 'OK';
}
