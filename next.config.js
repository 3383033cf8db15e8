import { fileURLToPath } from 'node:url';
import { keepFrameworkRuntime } from './scripts/strip-framework-runtime.mjs';
import { manifestCsp, securityHeaders } from './security-headers.mjs';

/** Several instances share one cache through Redis when REDIS_URL is set (cache-handler.mjs). */
const sharedCache = Boolean(process.env.REDIS_URL);
/**
 * Readers' pages ship no framework runtime unless KEEP_FRAMEWORK_RUNTIME=1
 * (docs/adr/002-readers-pages-without-framework-runtime.md).
 */
const stripRuntime = !keepFrameworkRuntime;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second copy of a build (tests of several servers; blue-green deploys) can live elsewhere.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The page cache strips the runtime from each page it stores; with Redis it also replaces Next.js's
  // in-memory cache (its own LRU is in front of Redis).
  ...(stripRuntime || sharedCache
    ? { cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)) }
    : {}),
  ...(sharedCache ? { cacheMaxMemorySize: 0 } : {}),
  // scripts/server.mjs compresses, after it has cut the runtime out of a page rendered on request.
  compress: !stripRuntime,
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['sharp', 'tsx', 'esbuild'],
  // Benchmarks and tests write copies of the content (with its drafts) there: a build must never trace them.
  outputFileTracingExcludes: { '*': ['bench/tmp/**', '.tmp/**'] },
  // Sources are at most 1600 px wide: larger candidates would only upscale.
  // WebP only: AVIF is a little smaller but several times slower to encode on the first request.
  images: {
    formats: ['image/webp'],
    qualities: [65],
    minimumCacheTTL: 86400,
    deviceSizes: [640, 828, 1080, 1200, 1600],
    // Next.js's defaults, written out: the request gate lets the optimizer make these widths and no others.
    imageSizes: [32, 48, 64, 96, 128, 256, 384],
  },
  // Content images get their Cache-Control from the request gate (lib/routing/requestGate.ts), which
  // knows whether an image is public yet.
  async headers() {
    // A later rule's value for the same header wins.
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/:section/:slug/live.json', headers: [{ key: 'Content-Security-Policy', value: manifestCsp }] },
    ];
  },
};

export default nextConfig;
