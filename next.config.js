import { fileURLToPath } from 'node:url';

const isDev = process.env.NODE_ENV === 'development';
/** Several instances share one cache through Redis when REDIS_URL is set (cache-handler.mjs). */
const sharedCache = Boolean(process.env.REDIS_URL);

/**
 * Content-Security-Policy for every response. Statically prerendered pages cannot carry a
 * per-request nonce, and Next.js streams the RSC payload in inline <script> tags
 * (`self.__next_f.push(...)`), so script-src needs 'unsafe-inline'; the hashes change with
 * every page, so they cannot be listed either. It never allows 'unsafe-eval' outside
 * `next dev` (React Refresh needs it) and no origin but our own. Inline styles come from
 * next/font and next/image's style attributes. MDX is compiled with JavaScript blocked and
 * the content checker rejects raw script/iframe/on* markup, so no inline script is ours.
 */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  },
  // Browsers ignore HSTS over plain http (local runs); behind TLS it pins https for two years.
  ...(isDev ? [] : [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second copy of a build (tests of several servers; blue-green deploys) can live elsewhere.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  ...(sharedCache ? { cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)), cacheMaxMemorySize: 0 } : {}),
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['sharp'],
  // Sources are at most 1600 px wide: larger candidates would only upscale.
  // WebP only: AVIF is a little smaller but several times slower to encode on the first request.
  images: { formats: ['image/webp'], qualities: [65], minimumCacheTTL: 86400, deviceSizes: [640, 828, 1080, 1200, 1600] },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Content images are not fingerprinted: a day fresh, a week stale while a CDN refetches.
      { source: '/images/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' }] },
    ];
  },
};

export default nextConfig;
