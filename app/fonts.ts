import localFont from 'next/font/local';

/**
 * Newsreader for headlines and body, self-hosted from @fontsource (no network at build). Static 400/700 instances
 * (22 KB each) instead of the variable font (58 KB + 64 KB italic). Labels use the system sans stack.
 *
 * Not preloaded: three preloads (72 KB) competed with the HTML, CSS and hero image for a slow phone connection
 * (Lighthouse mobile medians, npm run bench:lighthouse: article 87 with them, 83-95 over three runs without; the
 * machine is noisy). `display: optional`, not swap: a font that is not there within ~100 ms is not swapped in later,
 * so late fonts never move the text (with swap, a font delayed by a second shifted the front page by 0.024 on a phone
 * in CI); it is cached for the next page, and on a fast connection it arrives in time for the first.
 * e2e/layout.spec.ts checks both.
 */
export const newsreader = localFont({
  src: [
    {
      path: '../node_modules/@fontsource/newsreader/files/newsreader-latin-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource/newsreader/files/newsreader-latin-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource/newsreader/files/newsreader-latin-400-italic.woff2',
      weight: '400',
      style: 'italic',
    },
  ],
  variable: '--font-newsreader',
  display: 'optional',
  preload: false,
  fallback: ['Georgia', 'Times New Roman', 'serif'],
  adjustFontFallback: 'Times New Roman',
});
