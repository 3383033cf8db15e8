// The production server: Next.js behind a thin Node HTTP layer that answers what Next.js would
// turn into a 500 with a proper 4xx: methods Fetch cannot represent (TRACE, TRACK) get 405, a
// path whose percent-encoding is not valid UTF-8 gets 400.
// Usage: node scripts/server.mjs [-p PORT] [-H HOST]   (same defaults as `next start`)
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
const UNREPRESENTABLE = new Set(['TRACE', 'TRACK']);

process.env.NODE_ENV = 'production';
const app = next({ dev: false });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  if (UNREPRESENTABLE.has(req.method ?? '')) {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed\n');
    return;
  }
  if (!isDecodablePath(req.url ?? '/')) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Bad request: the URL is not valid percent-encoded UTF-8\n');
    return;
  }
  handle(req, res);
});

function isDecodablePath(url) {
  try {
    decodeURIComponent(url.split('?')[0]);
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
