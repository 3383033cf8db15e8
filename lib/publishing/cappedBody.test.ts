import { describe, expect, it } from 'vitest';
import { readCappedBody } from './cappedBody';

const MAX = 64 * 1024;

/** A body that streams `chunks` pieces of `size` bytes, counting how many were pulled. */
function streamed(chunks: number, size: number) {
  const pulled = { count: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close();
      pulled.count++;
      controller.enqueue(new Uint8Array(size).fill(120));
    },
  });
  return { body, pulled };
}

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request('http://127.0.0.1/api/revalidate', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('a capped request body', () => {
  it('is read when it declares its length and keeps within the cap', async () => {
    expect(await readCappedBody(post('{"nonce":"a"}', { 'content-length': '13' }), MAX)).toEqual({
      ok: true,
      body: '{"nonce":"a"}',
    });
  });

  it('is refused with 411, unread, without a Content-Length', async () => {
    const { body, pulled } = streamed(100, 1024);
    expect(await readCappedBody(post(body), MAX)).toMatchObject({ ok: false, status: 411 });
    expect(pulled.count).toBeLessThanOrEqual(1);
  });

  it('is refused with 413, unread, when the declared length is past the cap', async () => {
    const { body, pulled } = streamed(100, 1024);
    expect(await readCappedBody(post(body, { 'content-length': String(MAX + 1) }), MAX)).toMatchObject({
      status: 413,
    });
    expect(pulled.count).toBeLessThanOrEqual(1);
  });

  it('stops reading at the cap when the stream is longer than declared', async () => {
    const { body, pulled } = streamed(1_000, 1024);
    expect(await readCappedBody(post(body, { 'content-length': '10' }), MAX)).toMatchObject({ status: 413 });
    expect(pulled.count).toBeLessThanOrEqual(66);
  });
});
