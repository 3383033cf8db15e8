import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { budgetOptions, MAX_REST_MS, SearchBudget, SearchTickets, type SearchTurn } from './searchBudget';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const budget = (o: Partial<SearchBudget['options']> = {}) =>
  new SearchBudget({ concurrency: 2, queueLength: 3, maxWaitMs: 1_500, restRatio: 1, ...o });

/** Asks for a turn and records what it got: 'pending' until then, the turn, or null for a refusal. */
function ask(b: SearchBudget) {
  const got: { turn: SearchTurn | null | 'pending' } = { turn: 'pending' };
  void b.acquire().then((turn) => {
    got.turn = turn;
  });
  return got;
}

describe('the search budget', () => {
  it('starts a search in a later turn of the event loop, never in the one that asked', async () => {
    const b = budget();
    const first = ask(b);
    await Promise.resolve();
    expect(first.turn).toBe('pending');
    await vi.advanceTimersByTimeAsync(0);
    expect(first.turn).not.toBe('pending');
    expect(first.turn).not.toBeNull();
  });

  it('runs as many searches at once as its concurrency; the next waits for a place', async () => {
    const b = budget();
    const [a, c, d] = [ask(b), ask(b), ask(b)];
    await vi.advanceTimersByTimeAsync(0);
    expect(b.load).toEqual({ running: 2, waiting: 1 });
    expect(d.turn).toBe('pending');
    (a.turn as SearchTurn).release();
    await vi.advanceTimersByTimeAsync(0);
    expect(d.turn).not.toBe('pending');
    expect(c.turn).not.toBeNull();
    expect(b.load).toEqual({ running: 2, waiting: 0 });
  });

  it('refuses at once when the queue is full', async () => {
    const b = budget({ concurrency: 1, queueLength: 2 });
    ask(b);
    await vi.advanceTimersByTimeAsync(0);
    ask(b);
    ask(b);
    expect(await b.acquire()).toBeNull();
    expect(b.load).toEqual({ running: 1, waiting: 2 });
  });

  it('refuses a search that waited maxWaitMs without a turn (the page answers 503)', async () => {
    const b = budget({ concurrency: 1 });
    ask(b);
    await vi.advanceTimersByTimeAsync(0);
    const waiting = ask(b);
    await vi.advanceTimersByTimeAsync(1_499);
    expect(waiting.turn).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(waiting.turn).toBeNull();
    expect(b.load).toEqual({ running: 1, waiting: 0 });
  });

  it('while searches queue, rests after each for as long as it ran, so other readers get the thread', async () => {
    const b = budget({ concurrency: 1 });
    const first = ask(b);
    const second = ask(b);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(200); // the first search holds the thread 200 ms
    (first.turn as SearchTurn).release();
    await vi.advanceTimersByTimeAsync(199);
    expect(second.turn).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(second.turn).not.toBe('pending');
    expect(second.turn).not.toBeNull();
  });

  it(`rests at most ${MAX_REST_MS} ms, however long a search held its turn`, async () => {
    const b = budget({ concurrency: 1, maxWaitMs: 60_000 });
    const first = ask(b);
    const second = ask(b);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(10_000); // the first search of a cold server waited for the index
    (first.turn as SearchTurn).release();
    await vi.advanceTimersByTimeAsync(199);
    expect(second.turn).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(second.turn).not.toBeNull();
  });

  it('a turn released twice frees one place', async () => {
    const b = budget();
    const [a] = [ask(b), ask(b)];
    await vi.advanceTimersByTimeAsync(0);
    (a.turn as SearchTurn).release();
    (a.turn as SearchTurn).release();
    expect(b.load).toEqual({ running: 1, waiting: 0 });
  });

  it('grants the oldest waiter first', async () => {
    const b = budget({ concurrency: 1 });
    const order: string[] = [];
    const first = ask(b);
    await vi.advanceTimersByTimeAsync(0);
    void b.acquire().then(() => order.push('older'));
    void b.acquire().then(() => order.push('newer'));
    (first.turn as SearchTurn).release();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['older']);
  });

  it('reads its limits from the environment, with defaults', () => {
    expect(budgetOptions({})).toEqual({ concurrency: 1, queueLength: 24, maxWaitMs: 1_500, restRatio: 1 });
    expect(
      budgetOptions({
        SEARCH_CONCURRENCY: '2',
        SEARCH_QUEUE_LENGTH: '4',
        SEARCH_MAX_WAIT_MS: '500',
        SEARCH_REST_RATIO: '0.5',
      }),
    ).toEqual({ concurrency: 2, queueLength: 4, maxWaitMs: 500, restRatio: 0.5 });
    expect(budgetOptions({ SEARCH_CONCURRENCY: 'lots' }).concurrency).toBe(1);
  });
});

describe('search tickets, from the proxy to the page', () => {
  it('holds a turn from admit to finish; an unknown or repeated ticket frees nothing', async () => {
    const b = budget({ concurrency: 1 });
    const tickets = new SearchTickets(b);
    const admitted = tickets.admit();
    await vi.advanceTimersByTimeAsync(0);
    const ticket = await admitted;
    expect(ticket).toMatch(/^\d+-1$/);
    expect(b.load.running).toBe(1);
    tickets.finish('forged');
    tickets.finish(null);
    expect(b.load.running).toBe(1);
    tickets.finish(ticket);
    tickets.finish(ticket);
    expect(b.load.running).toBe(0);
  });

  it('refuses a ticket when the budget refuses the turn', async () => {
    const tickets = new SearchTickets(budget({ concurrency: 1, maxWaitMs: 100 }));
    const first = tickets.admit();
    await vi.advanceTimersByTimeAsync(0);
    expect(await first).not.toBeNull();
    const second = tickets.admit();
    await vi.advanceTimersByTimeAsync(100);
    expect(await second).toBeNull();
  });

  it('frees the place of a ticket the page never finished after 15 s', async () => {
    const b = budget({ concurrency: 1 });
    const tickets = new SearchTickets(b);
    const admitted = tickets.admit();
    await vi.advanceTimersByTimeAsync(0);
    expect(await admitted).not.toBeNull();
    await vi.advanceTimersByTimeAsync(14_999);
    expect(b.load.running).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(b.load.running).toBe(0);
  });
});
