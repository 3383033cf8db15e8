import { clientKey } from './clientKey';
import { refuseView, type ViewRefusal } from './countRules';
import { RateLimit } from './rateLimit';
import type { ViewStore } from './viewStore';

/** One reader reads a few stories a minute; a page reloaded in a loop is not readers. */
export const VIEWS_PER_CLIENT_PER_MINUTE = 20;
/**
 * However many addresses send it, one story gains at most this many views a minute on one instance: a flood from
 * rotating addresses (X-Forwarded-For can be forged when no proxy sets it) cannot run away with the list.
 */
export const VIEWS_PER_STORY_PER_MINUTE = 600;

export type ViewOutcome = 'counted' | 'rate-limited' | ViewRefusal;

interface ViewInput {
  headers: Headers;
  body: string;
  preview: boolean;
}

/** The counting rules (countRules.ts) and the rate limits in front of a store. */
export class ViewCounter {
  private readonly perClient = new RateLimit(VIEWS_PER_CLIENT_PER_MINUTE);
  private readonly perStory = new RateLimit(VIEWS_PER_STORY_PER_MINUTE);

  constructor(private readonly store: ViewStore) {}

  /** The client's allowance is spent first, so a stream of made-up slugs costs its sender as much as real ones. */
  async record(input: ViewInput, isPublicStory: (slug: string) => boolean, now: Date): Promise<ViewOutcome> {
    if (!this.perClient.take(clientKey(input.headers), now)) return 'rate-limited';
    const refusal = refuseView({ ...input, isPublicStory });
    if (refusal) return refusal;
    const slug = input.body.trim();
    if (!this.perStory.take(slug, now)) return 'rate-limited';
    await this.store.add(slug, now);
    return 'counted';
  }
}
