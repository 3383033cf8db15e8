import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { budgetOptions, SearchBudget } from './searchBudget';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const budget = () => new SearchBudget({ concurrency: 2, queueLength: 2, maxWaitMs: 1_500 });

describe('the search budget', () => {
  it('grants as many turns at once as its concurrency, then queues', async () => {
    const b = budget();
    const first = await b.acquire();
    const second = await b.acquire();
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    let third: unknown = 'pending';
    void b.acquire().then((turn) => {
      third = turn;
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(third).toBe('pending');
    expect(b.load).toEqual({ running: 2, waiting: 1 });
    first!.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(third).not.toBeNull();
    expect(third).not.toBe('pending');
    expect(b.load).toEqual({ running: 2, waiting: 0 });
  });

  it('refuses at once when the queue is full', async () => {
    const b = budget();
    await b.acquire();
    await b.acquire();
    void b.acquire();
    void b.acquire();
    expect(await b.acquire()).toBeNull();
    expect(b.load).toEqual({ running: 2, waiting: 2 });
  });

  it('refuses a search that waited maxWaitMs without a turn (the page answers 503)', async () => {
    const b = budget();
    await b.acquire();
    await b.acquire();
    const waiting = b.acquire();
    await vi.advanceTimersByTimeAsync(1_499);
    expect(b.load.waiting).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await waiting).toBeNull();
    expect(b.load).toEqual({ running: 2, waiting: 0 });
  });

  it('a turn released twice frees one place, and a free place is taken at once', async () => {
    const b = budget();
    const first = await b.acquire();
    await b.acquire();
    first!.release();
    first!.release();
    expect(b.load).toEqual({ running: 1, waiting: 0 });
    expect(await b.acquire()).not.toBeNull();
    expect(b.load).toEqual({ running: 2, waiting: 0 });
  });

  it('hands a released turn to the oldest waiter in the next turn of the event loop, not synchronously', async () => {
    const b = new SearchBudget({ concurrency: 1, queueLength: 4, maxWaitMs: 1_500 });
    const first = await b.acquire();
    const order: string[] = [];
    void b.acquire().then(() => order.push('older'));
    void b.acquire().then(() => order.push('newer'));
    first!.release();
    await Promise.resolve();
    expect(order).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['older']);
  });

  it('reads its limits from the environment, with defaults', () => {
    expect(budgetOptions({})).toEqual({ concurrency: 2, queueLength: 16, maxWaitMs: 1_500 });
    expect(budgetOptions({ SEARCH_CONCURRENCY: '1', SEARCH_QUEUE_LENGTH: '4', SEARCH_MAX_WAIT_MS: '500' })).toEqual({
      concurrency: 1,
      queueLength: 4,
      maxWaitMs: 500,
    });
    expect(budgetOptions({ SEARCH_CONCURRENCY: 'lots' }).concurrency).toBe(2);
  });
});
