import { positiveNumber } from '@/lib/config/site';

/**
 * How uncached searches share one instance. A search that is not in the results cache holds the one thread that also
 * serves every other reader for tens to hundreds of milliseconds, so anonymous clients sending distinct queries must
 * neither queue without limit nor keep the thread to themselves:
 * - every search starts in a turn of the event loop of its own, after the requests already waiting have been read;
 * - at most `concurrency` run at once, and while others wait, the thread rests after each one for as long as it ran
 *   (`restRatio` × its time), so other readers get at least half of it;
 * - at most `queueLength` wait, each at most `maxWaitMs`: past that a search is refused (the page answers 503 with
 *   Retry-After) at the cost of a few microseconds.
 */
export interface BudgetOptions {
  concurrency: number;
  queueLength: number;
  maxWaitMs: number;
  restRatio: number;
}

export function budgetOptions(env: Record<string, string | undefined> = process.env): BudgetOptions {
  return {
    concurrency: positiveNumber(env.SEARCH_CONCURRENCY, 2),
    queueLength: positiveNumber(env.SEARCH_QUEUE_LENGTH, 16),
    maxWaitMs: positiveNumber(env.SEARCH_MAX_WAIT_MS, 1_500),
    restRatio: positiveNumber(env.SEARCH_REST_RATIO, 1),
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
  /** No waiting search starts before this time (ms since the epoch): the thread's rest after the last one. */
  private restUntil = 0;
  private pumpScheduled = false;

  constructor(readonly options: BudgetOptions) {}

  /** A turn soon, in a later turn of the event loop; null when the queue is full or the wait ran out. */
  acquire(): Promise<SearchTurn | null> {
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
      this.schedulePump();
    });
  }

  /** Searches holding a turn and waiting for one: for tests and logs. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private schedulePump(): void {
    if (this.pumpScheduled || !this.waiting.length || this.running >= this.options.concurrency) return;
    this.pumpScheduled = true;
    const run = () => {
      this.pumpScheduled = false;
      this.pump();
    };
    const rest = this.restUntil - Date.now();
    if (rest > 0) setTimeout(run, rest);
    else setImmediate(run);
  }

  /** Grants turns to the oldest waiters while places are free and the thread has rested. */
  private pump(): void {
    if (Date.now() < this.restUntil) {
      this.schedulePump();
      return;
    }
    while (this.running < this.options.concurrency && this.waiting.length) {
      const next = this.waiting.shift()!;
      clearTimeout(next.timer);
      this.running++;
      next.grant(this.turn());
    }
  }

  private turn(): SearchTurn {
    const started = Date.now();
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.running--;
        const now = Date.now();
        this.restUntil = Math.max(this.restUntil, now + (now - started) * this.options.restRatio);
        this.schedulePump();
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
