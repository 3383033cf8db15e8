import { positiveNumber } from '@/lib/config/site';

/**
 * How many uncached searches one instance ranks at a time, and how long the others may wait. A search that is not in
 * the results cache costs tens to hundreds of milliseconds of the one thread that also serves every other reader, so
 * anonymous clients sending distinct queries must not be able to queue without limit: past the queue, or past the
 * wait, a search is refused (the page answers 503 with Retry-After) and the event loop stays free for everyone else.
 */
export interface BudgetOptions {
  /** Searches ranked at once. */
  concurrency: number;
  /** Searches waiting for a turn; one more is refused at once. */
  queueLength: number;
  /** A search that waited this long without a turn is refused. */
  maxWaitMs: number;
}

export function budgetOptions(env: Record<string, string | undefined> = process.env): BudgetOptions {
  return {
    concurrency: positiveNumber(env.SEARCH_CONCURRENCY, 2),
    queueLength: positiveNumber(env.SEARCH_QUEUE_LENGTH, 16),
    maxWaitMs: positiveNumber(env.SEARCH_MAX_WAIT_MS, 1_500),
  };
}

/** A turn to rank one search; `release` it when done (twice is harmless). */
export interface SearchTurn {
  release(): void;
}

interface Waiter {
  grant(turn: SearchTurn | null): void;
  timer: ReturnType<typeof setTimeout>;
}

export class SearchBudget {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly options: BudgetOptions) {}

  /** A turn now, or once one is free within `maxWaitMs`; null when the queue is full or the wait ran out. */
  acquire(): Promise<SearchTurn | null> {
    if (this.running < this.options.concurrency) {
      this.running++;
      return Promise.resolve(this.turn());
    }
    if (this.waiting.length >= this.options.queueLength) return Promise.resolve(null);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        grant: resolve,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          resolve(null);
        }, this.options.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** Searches ranking now and waiting: for tests and logs. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private turn(): SearchTurn {
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const next = this.waiting.shift();
        if (!next) {
          this.running--;
          return;
        }
        // The turn passes straight to the next waiter, but it starts in the next turn of the event loop: searches are
        // synchronous, and handing over at once would run them back to back while other readers' requests sit unread.
        clearTimeout(next.timer);
        setImmediate(() => next.grant(this.turn()));
      },
    };
  }
}

const store = globalThis as typeof globalThis & { __mastheadSearchBudget?: SearchBudget };

/** The instance's budget, one per process: the proxy and the page are bundled apart and must share it. */
export function searchBudget(): SearchBudget {
  store.__mastheadSearchBudget ??= new SearchBudget(budgetOptions());
  return store.__mastheadSearchBudget;
}
