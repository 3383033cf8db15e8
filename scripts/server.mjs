// The one server, for `npm start` and `npm run dev` alike: Next.js behind the request gate
// (lib/routing/requestGate.ts), imported here directly, so development answers the same status codes as production. The
// gate runs before Next.js routes anything, on the one path Next.js would serve (lib/routing/canonicalPath.ts): 405
// for other methods, one 308 hop to canonical URLs, and the 404 page without a render for any URL that names nothing
// (so made-up URLs fill no cache). It also answers what Next.js would turn into a 500: methods Fetch cannot represent
// (TRACE) get 405; undecodable percent-encoding and targets that are not paths (`GET *`) get 400.
// Usage: node scripts/server.mjs [--dev] [-p PORT] [-H HOST]   (same defaults as `next start`)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import next from 'next';
import { tsImport } from 'tsx/esm/api';
import nextConfig from '../next.config.js';
import { EDITORS_CSP, securityHeaders } from '../security-headers.mjs';
import { keepFrameworkRuntime, prerenderedPagesStripped, stripPrerenderedPages } from './strip-framework-runtime.mjs';

const { values } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
  },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
const dev = values.dev;
const SECURITY = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));
/** Made-up URLs are the same 404 for everyone, so a CDN or the nginx cache may keep it a minute. */
const NOT_FOUND_CACHE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

if (!dev) process.env.NODE_ENV = 'production';
// Development rebuilds the islands (public/islands/, scripts/build-islands.mjs) whenever one changes.
const islandWatcher = dev
  ? spawn(process.execPath, ['scripts/build-islands.mjs', '--watch'], { stdio: 'inherit' })
  : undefined;
const distDir = process.env.NEXT_DIST_DIR || '.next';
// Readers get pages without the framework runtime (docs/adr/002-readers-pages-without-framework-runtime.md);
// a build made with a bare `next build` has its prerendered pages stripped here, once.
const stripRuntime = !keepFrameworkRuntime && !dev;
if (stripRuntime && !prerenderedPagesStripped(distDir)) {
  const { stripped, pages } = await stripPrerenderedPages(distDir);
  console.log(`Stripped the framework runtime from ${stripped} of ${pages} prerendered pages.`);
}
const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
// The gate reads the same content index as the pages (one per process, lib/content/views.ts).
const { gate, grantOf } = await tsImport('../lib/routing/serverGate.ts', import.meta.url);
const { withoutDraftModeCookies } = await tsImport('../lib/framework/nextInternals.ts', import.meta.url);
const { stripResponse } = await tsImport('../lib/html/stripResponse.ts', import.meta.url);
// Next.js's own compression is off unless KEEP_FRAMEWORK_RUNTIME=1 (next.config.js): pages are
// compressed here, after stripResponse, so it sees HTML rather than gzip. The same middleware Next.js uses.
const compress = keepFrameworkRuntime ? undefined : compression();
const build = { buildFile: dev ? () => true : buildFiles(distDir), images: imageRules(nextConfig.images) };

const server = createServer((req, res) => {
  const [target, search] = splitUrl(req.url ?? '/');
  const cookie = req.headers.cookie ?? '';
  // Our signed session decides preview; Next.js's draft-mode cookie alone never reaches it.
  const grant = grantOf(cookie);
  if (!grant && cookie) req.headers.cookie = withoutDraftModeCookies(cookie);
  const decision = gate(req.method ?? 'GET', target, search, grant, build);
  switch (decision.action) {
    case 'bad-request':
      return answer(res, 400, 'Bad request: the target is not a path of percent-encoded UTF-8\n');
    case 'method-not-allowed':
      return answer(res, 405, 'Method not allowed\n', { allow: 'GET, HEAD' });
    case 'redirect':
      return answer(res, 308, '', { location: decision.location + search });
    case 'not-found':
      // The prerendered 404 page, outside Next.js's routing, so its headers are set here; with
      // setHeaders false Next.js keeps this Cache-Control.
      for (const [key, value] of Object.entries({ ...SECURITY, 'cache-control': NOT_FOUND_CACHE }))
        res.setHeader(key, value);
      return app.render404(req, readersResponse(req, res, null), undefined, false);
    default:
      // A hidden image for an editor stays private whatever Next.js would say; a file from public/
      // keeps a Cache-Control set before Next.js serves it.
      if (decision.cacheControl?.startsWith('private')) keepHeader(res, 'cache-control', decision.cacheControl);
      else if (decision.cacheControl) res.setHeader('cache-control', decision.cacheControl);
      return handle(req, readersResponse(req, res, grant));
  }
});

/** Every file of this build under `/_next/static/`, listed once at start: a fixed set, whatever is requested. */
function buildFiles(dist) {
  const root = path.join(dist, 'static');
  const files = new Set(
    fs.readdirSync(root, { recursive: true }).map((file) => `/_next/static/${String(file).split(path.sep).join('/')}`),
  );
  return (file) => files.has(file);
}

/** The widths and qualities next.config.js lets the image optimizer make. */
function imageRules(images) {
  return {
    widths: new Set([...images.deviceSizes, ...images.imageSizes]),
    qualities: new Set(images.qualities),
  };
}

/**
 * Compression (when Next.js's is off); for a reader the runtime cut out of any page that still carries it; for an
 * editor in preview, who keeps the full runtime (docs/adr/002-readers-pages-without-framework-runtime.md), the
 * editors' CSP, which allows the runtime's inline scripts.
 */
function readersResponse(req, res, grant) {
  compress?.(req, res, () => {});
  if (grant) keepHeader(res, 'content-security-policy', EDITORS_CSP);
  else if (stripRuntime) {
    stripResponse(res);
    runtimePolicyOnErrors(res);
  }
  return res;
}

/**
 * An error page (5xx) keeps the runtime, which renders app/error.tsx in the browser from the inline payload
 * (lib/html/stripResponse.ts): it gets the policy that lets that payload run. It carries no story content.
 */
function runtimePolicyOnErrors(res) {
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (status, ...rest) => {
    if (status >= 500) res.setHeader('content-security-policy', EDITORS_CSP);
    return writeHead(status, ...rest);
  };
}

/** Sets a header that nothing after this may change. */
function keepHeader(res, name, value) {
  res.setHeader(name, value);
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (key, v) => (key.toLowerCase() === name ? res : setHeader(key, v));
}

function answer(res, status, body, headers = {}) {
  res.writeHead(status, { ...SECURITY, 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

function splitUrl(url) {
  const q = url.indexOf('?');
  return q === -1 ? [url, ''] : [url.slice(0, q), url.slice(q)];
}

// Idle keep-alive connections outlive the usual load-balancer idle timeout (60 s), so the proxy in
// front, not this server, closes them; otherwise a request sent as the server closes its socket
// is reset (Node's default is 5 s). headersTimeout must exceed keepAliveTimeout.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
// Development: hot reloading talks over a WebSocket upgrade.
if (dev) server.on('upgrade', app.getUpgradeHandler());
server.listen(port, hostname, () => console.log(`Masthead ready on http://${hostname}:${port}`));

// Finish requests in flight on a normal stop (deploys, Ctrl-C), then exit.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    islandWatcher?.kill(signal);
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
