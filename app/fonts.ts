import localFont from 'next/font/local';

/**
 * Newsreader for headlines and body, self-hosted from @fontsource (no network at build).
 * Static 400/700 instances (22 KB each) instead of the variable font (58 KB + 64 KB italic):
 * on a slow mobile connection the preload is half the bytes. Labels use the system sans stack.
 */
export const newsreader = localFont({
  src: [
    { path: '../node_modules/@fontsource/newsreader/files/newsreader-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/newsreader/files/newsreader-latin-700-normal.woff2', weight: '700', style: 'normal' },
    { path: '../node_modules/@fontsource/newsreader/files/newsreader-latin-400-italic.woff2', weight: '400', style: 'italic' },
  ],
  variable: '--font-newsreader',
  display: 'swap',
  preload: true,
  fallback: ['Georgia', 'Times New Roman', 'serif'],
  adjustFontFallback: 'Times New Roman',
});
