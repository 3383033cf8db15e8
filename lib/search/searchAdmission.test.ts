import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { proxy } from '../../proxy';
import { provideSearchAdmission } from './searchAdmission';

const asked: unknown[] = [];
afterEach(() => {
  asked.length = 0;
  provideSearchAdmission(async () => true);
});

describe('the proxy in front of /search', () => {
  it('passes an admitted search on to the page, with every value of its parameters', async () => {
    provideSearchAdmission(async (raw) => {
      asked.push(raw);
      return true;
    });
    const res = await proxy(new NextRequest('http://localhost/search?q=Harbour+wall&section=city&q=second'));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-middleware-next')).toBe('1');
    expect(asked).toEqual([{ q: ['Harbour wall', 'second'], section: ['city'] }]);
  });

  it('answers a refused search with the busy 503, no render', async () => {
    provideSearchAdmission(async () => false);
    const res = await proxy(new NextRequest('http://localhost/search?q=lighthouse'));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('x-middleware-next')).toBeNull();
  });
});
