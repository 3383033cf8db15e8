// The production server: Next.js behind a thin Node HTTP layer. It answers what Next.js would
// turn into a 500 with a proper 4xx (methods Fetch cannot represent, like TRACE, get 405; a path
// whose percent-encoding is not valid UTF-8 gets 400), and runs the request gate
// (lib/routing/requestGate.ts, published by instrumentation.ts) before Next.js routes anything:
// 405 for other methods, one 308 hop to canonical URLs, the 404 page for made-up URLs.
// Usage: node scripts/server.mjs [-p PORT] [-H HOST]   (same defaults as `next start`)
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { securityHeaders } from '../security-headers.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
const SECURITY = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));
/** Made-up URLs are the same 404 for everyone, so a CDN or the nginx cache may keep it a minute. */
const NOT_FOUND_CACHE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

process.env.NODE_ENV = 'production';
const app = next({ dev: false });
const handle = app.getRequestHandler();
await app.prepare();
await requestGateInstalled();

const server = createServer((req, res) => {
  const [pathname, search] = splitUrl(req.url ?? '/');
  if (!isDecodablePath(pathname)) return answer(res, 400, 'Bad request: the URL is not valid percent-encoded UTF-8\n');
  const decision = globalThis.__mastheadRequestGate?.(req.method ?? 'GET', pathname, req.headers.cookie ?? '') ?? {
    action: 'pass',
  };
  switch (decision.action) {
    case 'method-not-allowed':
      return answer(res, 405, 'Method not allowed\n', { allow: 'GET, HEAD' });
    case 'redirect':
      return answer(res, 308, '', { location: decision.location + search });
    case 'not-found':
      // Next.js serves its prerendered 404 page; it only sets Cache-Control when none is set.
      req.url = '/_not-found';
      res.statusCode = 404;
      res.setHeader('cache-control', NOT_FOUND_CACHE);
      return handle(req, res);
    default:
      return handle(req, res);
  }
});

/** instrumentation.ts's register() runs during prepare() but is not awaited by it. */
async function requestGateInstalled() {
  for (let waited = 0; !globalThis.__mastheadRequestGate; waited += 10) {
    if (waited > 30_000)
      throw new Error('instrumentation.ts did not install the request gate (lib/routing/installRequestGate.ts)');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function answer(res, status, body, headers = {}) {
  res.writeHead(status, { ...SECURITY, 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

function splitUrl(url) {
  const q = url.indexOf('?');
  return q === -1 ? [url, ''] : [url.slice(0, q), url.slice(q)];
}

function isDecodablePath(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
// Idle keep-alive connections outlive the usual load-balancer idle timeout (60 s), so the proxy in
// front, not this server, closes them; otherwise a request sent as the server closes its socket
// is reset (Node's default is 5 s). headersTimeout must exceed keepAliveTimeout.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => console.log(`Masthead ready on http://${hostname}:${port}`));

// Finish requests in flight on a normal stop (deploys, Ctrl-C), then exit.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
