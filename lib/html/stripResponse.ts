import type { ServerResponse } from 'node:http';
import { carriesFrameworkRuntime, stripFrameworkRuntime } from './stripFrameworkRuntime';

type Callback = (error?: Error | null) => void;

/**
 * Makes an HTML page sent through `res` leave without the framework's runtime: the fallback for pages rendered per
 * request (search) and for anything the cache did not strip. A page that was stripped when it was generated or cached
 * passes through after one substring test; anything that is not HTML is untouched. Nothing is kept between responses:
 * the body of one response is buffered until it ends, then cut, given its new Content-Length and sent. A stripped
 * page's ETag (computed by Next.js on the original) is dropped.
 */
export function stripResponse(res: ServerResponse): void {
  const write = res.write.bind(res) as (chunk: unknown, encoding?: BufferEncoding, cb?: Callback) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown, encoding?: BufferEncoding, cb?: Callback) => ServerResponse;
  const held: Buffer[] = [];
  // An error page (5xx) keeps the runtime: Next.js sends it as an empty shell and renders app/error.tsx
  // in the browser from the payload (docs/adr/002-readers-pages-without-framework-runtime.md).
  const isHtml = () => res.statusCode < 500 && String(res.getHeader('content-type') ?? '').startsWith('text/html');
  const asBuffer = (chunk: unknown, encoding?: BufferEncoding) =>
    typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk as Uint8Array);

  res.write = ((chunk: unknown, encoding?: BufferEncoding | Callback, cb?: Callback) => {
    if (typeof encoding === 'function') [cb, encoding] = [encoding, undefined];
    if (!isHtml()) return write(chunk, encoding, cb);
    held.push(asBuffer(chunk, encoding));
    if (cb) process.nextTick(cb);
    return true;
  }) as ServerResponse['write'];

  res.end = ((chunk?: unknown, encoding?: BufferEncoding | Callback, cb?: Callback) => {
    if (typeof chunk === 'function') [cb, chunk] = [chunk as Callback, undefined];
    if (typeof encoding === 'function') [cb, encoding] = [encoding, undefined];
    if (!isHtml() || (held.length === 0 && chunk == null)) return end(chunk, encoding, cb);
    const whole =
      held.length === 0 && typeof chunk === 'string'
        ? chunk
        : Buffer.concat(chunk == null ? held : [...held, asBuffer(chunk, encoding)]).toString('utf8');
    if (!carriesFrameworkRuntime(whole)) return end(whole, 'utf8', cb);
    if (!res.headersSent) {
      const stripped = stripFrameworkRuntime(whole);
      res.removeHeader('etag');
      res.setHeader('content-length', Buffer.byteLength(stripped));
      return end(stripped, 'utf8', cb);
    }
    // A streamed page has sent its headers already (chunked, no length): the cut body follows them.
    // Headers sent with the original's length would not fit a shorter body: that page goes out whole.
    if (res.getHeader('content-length') !== undefined) return end(whole, 'utf8', cb);
    return end(stripFrameworkRuntime(whole), 'utf8', cb);
  }) as ServerResponse['end'];
}
