import { MemoryViewStore } from './memoryViewStore';
import { RedisViewStore } from './redisViewStore';
import type { StoryCount } from './viewWindow';

export interface ViewStore {
  add(slug: string, now: Date): void | Promise<void>;
  top(now: Date): StoryCount[] | Promise<StoryCount[]>;
}

/**
 * The process's one store: Redis when REDIS_URL is set (shared by every instance), memory otherwise. The endpoint and
 * the pages are bundled apart, each with its own copy of this module, so the store lives on globalThis.
 */
const state = globalThis as typeof globalThis & { __mastheadViewStore?: ViewStore };

export function viewStore(): ViewStore {
  state.__mastheadViewStore ??= process.env.REDIS_URL ? new RedisViewStore() : new MemoryViewStore();
  return state.__mastheadViewStore;
}
