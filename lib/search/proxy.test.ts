import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '../../proxy';
import { SEARCH_TICKET_HEADER, searchTickets } from './searchBudget';

const forwarded = (res: Response) => res.headers.get(`x-middleware-request-${SEARCH_TICKET_HEADER}`);

describe('the proxy in front of /search', () => {
  it('passes a search on to the page with a ticket of its own, whatever ticket the client sent', async () => {
    const res = await proxy(
      new NextRequest('http://localhost/search?q=harbour', { headers: { [SEARCH_TICKET_HEADER]: 'forged' } }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-middleware-next')).toBe('1');
    const ticket = forwarded(res);
    expect(ticket).toMatch(/^\d+-\d+$/);
    searchTickets().finish(ticket);
  });

  it('answers the busy 503 without a render once the budget is spent', async () => {
    // Default budget: 1 at once, 24 waiting; the 26th search is refused at once.
    const pending = Array.from({ length: 25 }, () =>
      proxy(new NextRequest('http://localhost/search?q=tram')).then((r) => searchTickets().finish(forwarded(r))),
    );
    const res = await proxy(new NextRequest('http://localhost/search?q=tram'));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('x-middleware-next')).toBeNull();
    await Promise.all(pending);
  });
});
