// Security headers for every response: next.config.js applies them to what Next.js answers, and
// scripts/server.mjs to the answers it gives outside Next.js routing (405, 400, 308, the gate's
// 404s), so all say the same.

const isDev = process.env.NODE_ENV === 'development';

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

export const securityHeaders = [
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

/**
 * The live manifest (`/<section>/<slug>/live.json`) is JSON, never a document: it gets the strictest
 * policy, which is also short, so a "nothing new" answer stays under 1 KB with every header.
 */
export const manifestCsp = "default-src 'none'; frame-ancestors 'none'";
