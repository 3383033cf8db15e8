import { positiveNumber } from '@/lib/config/site';

/**
 * How searches share one instance. A search page is rendered for every request (its results are per query), and
 * ranking a query the results cache does not hold adds tens to hundreds of milliseconds, all on the one thread that
 * also serves every other reader. So anonymous clients sending distinct queries must neither queue without limit nor
 * keep the thread to themselves:
 * - every search starts in a turn of the event loop of its own, after the requests already waiting have been read;
 * - at most `concurrency` run at once, and while others wait, the thread rests after each one for as long as it ran
 *   (`restRatio` × its time, at most MAX_REST_MS), so other readers get a share of it: the time is wall time, which
 *   counts other readers' work done meanwhile too, and a first search that waited for the index would otherwise
 *   shut search for as long as the build took;
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
    // One at a time: ranking is synchronous, so a second search at once only blocks the thread twice as long. A queue
    // longer than the clients a busy instance expects keeps them waiting instead of retrying at once: at 10,000
    // stories, 20 clients with 2 at once and 16 waiting got 3,107 instant 503s in 30 s and cached articles a p99 of
    // 458 ms; with 1 and 24, 237 503s, more searches answered (151 against 116) and a p99 of 154 ms (bench/RESULTS.md).
    concurrency: positiveNumber(env.SEARCH_CONCURRENCY, 1),
    queueLength: positiveNumber(env.SEARCH_QUEUE_LENGTH, 24),
    maxWaitMs: positiveNumber(env.SEARCH_MAX_WAIT_MS, 1_500),
    restRatio: positiveNumber(env.SEARCH_REST_RATIO, 1),
  };
}

/** The longest rest after one search. */
export const MAX_REST_MS = 200;

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
        const rest = Math.min((now - started) * this.options.restRatio, MAX_REST_MS);
        this.restUntil = Math.max(this.restUntil, now + rest);
        this.schedulePump();
      },
    };
  }
}

/** The request header that carries a search's ticket from the proxy to the page. Set by the proxy only. */
export const SEARCH_TICKET_HEADER = 'x-masthead-search-ticket';
/** A ticket the page never finished (a crash, a lost callback) frees its place after this long. */
const MAX_HOLD_MS = 15_000;

/**
 * Turns held across a request: the proxy takes one before the page renders, the page hands it back when its response
 * is done (Next.js's `after`). They are bundled apart, so the turn travels as a ticket in a request header.
 */
export class SearchTickets {
  private readonly held = new Map<string, { turn: SearchTurn; timer: ReturnType<typeof setTimeout> }>();
  private issued = 0;

  constructor(private readonly budget: SearchBudget) {}

  /** A ticket for a turn, or null when the budget refused one. */
  async admit(): Promise<string | null> {
    const turn = await this.budget.acquire();
    if (!turn) return null;
    const ticket = `${process.pid}-${++this.issued}`;
    this.held.set(ticket, { turn, timer: setTimeout(() => this.finish(ticket), MAX_HOLD_MS) });
    return ticket;
  }

  /** Frees the ticket's turn; an unknown or finished ticket (a forged header, say) frees nothing. */
  finish(ticket: string | null | undefined): void {
    const entry = ticket ? this.held.get(ticket) : undefined;
    if (!entry) return;
    this.held.delete(ticket!);
    clearTimeout(entry.timer);
    entry.turn.release();
  }
}

const store = globalThis as typeof globalThis & { __mastheadSearchTickets?: SearchTickets };

/** The instance's search tickets, one budget per process: the proxy and the page are bundled apart and share it. */
export function searchTickets(): SearchTickets {
  store.__mastheadSearchTickets ??= new SearchTickets(new SearchBudget(budgetOptions()));
  return store.__mastheadSearchTickets;
}
