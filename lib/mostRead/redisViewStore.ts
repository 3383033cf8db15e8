import { sharedRedis } from '@/lib/redis/redisClient';
import { hourOf, rank, type StoryCount, WINDOW_HOURS, windowHours } from './viewWindow';

/** One sorted set per hour, story slugs scored by their views; it expires once it has left the window. */
const KEY_PREFIX = 'masthead:views:';
const KEEP_SECONDS = (WINDOW_HOURS + 1) * 3_600;

/**
 * Counts shared by every instance, in Redis: ZINCRBY into the hour's set, ZUNION of the window's sets for the list.
 * With Redis down a view is not counted and the list is empty; neither fails the request or the page.
 */
export class RedisViewStore {
  // The process's one Redis connection, shared with publishing.
  private readonly client = sharedRedis();

  async add(slug: string, now: Date): Promise<void> {
    const key = `${KEY_PREFIX}${hourOf(now)}`;
    try {
      await this.client.multi().zIncrBy(key, 1, slug).expire(key, KEEP_SECONDS).exec();
    } catch {
      // Not counted: Redis is down or slow, and a view is not worth an error.
    }
  }

  async top(now: Date): Promise<StoryCount[]> {
    try {
      const [first, ...rest] = windowHours(now).map((hour) => `${KEY_PREFIX}${hour}`);
      const scored = await this.client.zUnionWithScores([first!, ...rest]);
      return rank(new Map(scored.map(({ value, score }) => [String(value), Number(score)])));
    } catch {
      return [];
    }
  }
}
