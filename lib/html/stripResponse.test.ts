import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripResponse } from './stripResponse';

const RUNTIME =
  '<script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script>';
const page = (extra: string) => `<!DOCTYPE html><html><head>${extra}</head><body><p>Story</p></body></html>`;
const CLEAN = page('');
const WITH_RUNTIME = page(RUNTIME);

/** How Next.js sends a page: whole from the cache, or streamed from a render. */
const senders: Record<string, (res: ServerResponse) => void> = {
  cached: (res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('etag', '"original"');
    res.setHeader('content-length', Buffer.byteLength(WITH_RUNTIME));
    res.end(WITH_RUNTIME);
  },
  streamed: (res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.flushHeaders();
    const half = Math.floor(WITH_RUNTIME.length / 2);
    res.write(Buffer.from(WITH_RUNTIME.slice(0, half)), () => res.end(WITH_RUNTIME.slice(half)));
  },
  clean: (res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('etag', '"clean"');
    res.end(CLEAN);
  },
  script: (res) => {
    res.setHeader('content-type', 'application/javascript');
    res.end('self.__next_f=[];<script src="/_next/x.js"></script>');
  },
  error: (res) => {
    res.statusCode = 500;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(WITH_RUNTIME);
  },
};

let base = '';
const server = createServer((req, res) => {
  stripResponse(res);
  senders[req.url!.slice(1)]!(res);
});
beforeAll(() => new Promise<void>((r) => server.listen(0, '127.0.0.1', r)));
beforeAll(() => {
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('stripResponse', () => {
  it('cuts the runtime out of a whole page, with its new length and without the old ETag', async () => {
    const response = await fetch(`${base}/cached`);
    const body = await response.text();
    expect(body).toBe(CLEAN);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(CLEAN)));
    expect(response.headers.get('etag')).toBeNull();
  });

  it('cuts the runtime out of a streamed page', async () => {
    expect(await (await fetch(`${base}/streamed`)).text()).toBe(CLEAN);
  });

  it('passes a page stripped before, with its ETag', async () => {
    const response = await fetch(`${base}/clean`);
    expect(await response.text()).toBe(CLEAN);
    expect(response.headers.get('etag')).toBe('"clean"');
  });

  it('leaves anything that is not HTML alone', async () => {
    expect(await (await fetch(`${base}/script`)).text()).toBe('self.__next_f=[];<script src="/_next/x.js"></script>');
  });

  it('leaves an error page whole: it renders in the browser', async () => {
    const response = await fetch(`${base}/error`);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe(WITH_RUNTIME);
  });
});
