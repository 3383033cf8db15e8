// Security headers for every response: next.config.js applies them to what Next.js answers, and
// scripts/server.mjs to the answers it gives outside Next.js routing (405, 400, 308, the gate's
// 404s), so all say the same; an editor in preview gets EDITORS_CSP instead (scripts/server.mjs).

import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from './lib/html/themeScript.mjs';
import { keepFrameworkRuntime } from './scripts/strip-framework-runtime.mjs';

const isDev = process.env.NODE_ENV === 'development';

/**
 * Content-Security-Policy for readers. Their pages carry no framework runtime (lib/html/stripFrameworkRuntime.ts): the
 * one inline script is our theme script, allowed by its hash, and islands load from our own origin. MDX is compiled
 * with JavaScript blocked and the content checker rejects raw script/iframe/on* markup. Inline styles come from
 * next/font and next/image's style attributes.
 */
const themeHash = `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;

/**
 * Editors in preview keep the full runtime, which streams its payload in inline scripts whose hashes change with
 * every page; scripts/server.mjs sends this policy to them only. Never 'unsafe-eval' outside `next dev` (React Refresh
 * needs it), and no origin but our own.
 */
const policy = (scriptSrc) =>
  [
    "default-src 'self'",
    `script-src 'self' ${scriptSrc}${isDev ? " 'unsafe-eval'" : ''}`,
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

/** The development server (and KEEP_FRAMEWORK_RUNTIME=1) keeps the runtime on every page: the editors' policy. */
const csp = isDev || keepFrameworkRuntime ? policy("'unsafe-inline'") : policy(themeHash);
export const EDITORS_CSP = policy("'unsafe-inline'");

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
