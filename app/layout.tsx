import type { Metadata, Viewport } from 'next';
import { PreviewBar } from '@/components/PreviewBar';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { site } from '@/lib/config/site';
import { getRequestView } from '@/lib/content/views';
import { THEME_SCRIPT } from '@/lib/html/themeScript.mjs';
import { newsreader } from './fonts';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { audience } = await getRequestView();
  return {
    metadataBase: new URL(site.url),
    title: { default: `${site.name} — ${site.tagline}`, template: `%s · ${site.name}` },
    description: site.tagline,
    // Nothing seen in preview may be indexed, even if a crawler somehow holds the cookie.
    robots: audience.preview ? { index: false, follow: false } : undefined,
  };
}

// Next.js adds width=device-width, initial-scale=1 itself.
export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};

export default async function RootLayout({ children }: LayoutProps<'/'>) {
  const { sections, audience, pages } = await getRequestView();
  return (
    // The theme script sets data-theme and data-text-size before React hydrates, hence suppressHydrationWarning.
    <html lang={site.language} className={newsreader.variable} suppressHydrationWarning>
      <head>
        {/* Ours, so it stays when the framework's scripts are cut (lib/html/stripFrameworkRuntime.ts). Safe as
            raw HTML: THEME_SCRIPT is a constant, no content or request data reaches it, and the CSP allows its
            hash only. */}
        <script data-own-script="theme" dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      {/* When this page was rendered: shows what a publish regenerated and what it left alone. */}
      <body
        className="min-h-screen bg-paper font-serif text-ink antialiased"
        data-generated-at={new Date().toISOString()}
      >
        <a
          href="#content"
          className={
            'sr-only z-50 bg-accent px-4 py-2 font-sans text-paper focus:not-sr-only focus:absolute ' +
            'focus:top-2 focus:left-2'
          }
        >
          Skip to content
        </a>
        {audience.preview && <PreviewBar />}
        <SiteHeader sections={sections} />
        <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-4 pt-4 sm:px-6 sm:pt-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter sections={sections} pages={pages} />
      </body>
    </html>
  );
}
