import localFont from 'next/font/local';

/**
 * Newsreader for headlines and body, self-hosted from @fontsource (no network at build).
 * Static 400/700 instances (22 KB each) instead of the variable font (58 KB + 64 KB italic).
 * Labels use the system sans stack.
 *
 * Not preloaded: three preloads (72 KB) competed with the HTML, CSS and hero image for a slow
 * phone connection. Text first paints in a fallback sized to Newsreader's metrics
 * (adjustFontFallback), so the swap moves next to nothing (e2e/layout.spec.ts: CLS under 0.001
 * with fonts delayed a second; 0 at phone width).
 * Lighthouse mobile medians, 2 runs of 3 each (npm run bench:lighthouse): article 95 and 90
 * without preloads, 87 with them; section 97 / 92 against 93; front 95 / 91 against 91.
 */
export const newsreader = localFont({
  src: [
    { path: '../node_modules/@fontsource/newsreader/files/newsreader-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/newsreader/files/newsreader-latin-700-normal.woff2', weight: '700', style: 'normal' },
    { path: '../node_modules/@fontsource/newsreader/files/newsreader-latin-400-italic.woff2', weight: '400', style: 'italic' },
  ],
  variable: '--font-newsreader',
  display: 'swap',
  preload: false,
  fallback: ['Georgia', 'Times New Roman', 'serif'],
  adjustFontFallback: 'Times New Roman',
});
