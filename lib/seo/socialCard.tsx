import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { site } from '@/lib/config/site';

export const CARD_SIZE = { width: 1200, height: 630 };

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** Satori reads WOFF, not WOFF2: the static @fontsource package ships both. Loaded once. */
function cardFonts() {
  const file = (name: string) =>
    fs.readFileSync(
      path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules/@fontsource/newsreader/files', name),
    );
  fonts ??= [
    { name: 'Newsreader', data: file('newsreader-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Newsreader', data: file('newsreader-latin-400-normal.woff'), weight: 400, style: 'normal' },
  ];
  return fonts;
}

/** A 1200×630 card: masthead, section kicker and headline. */
export function socialCard({ kicker, headline }: { kicker?: string; headline: string }): ImageResponse {
  const size = headline.length > 90 ? 54 : headline.length > 60 ? 64 : 76;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#fbfaf7',
        color: '#121212',
        padding: '56px 72px',
        fontFamily: 'Newsreader',
      }}
    >
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          borderBottom: '4px solid #121212',
          paddingBottom: 18,
        }}
      >
        <span style={{ fontSize: 64, fontWeight: 700, letterSpacing: -1 }}>{site.name}</span>
        {kicker && (
          <span style={{ fontSize: 30, color: '#a4161a', textTransform: 'uppercase', letterSpacing: 3 }}>{kicker}</span>
        )}
      </div>
      <div
        style={{ display: 'flex', flexGrow: 1, alignItems: 'center', fontSize: size, fontWeight: 700, lineHeight: 1.1 }}
      >
        {headline}
      </div>
      <div style={{ display: 'flex', fontSize: 28, color: '#54534f' }}>{site.tagline}</div>
    </div>,
    {
      ...CARD_SIZE,
      fonts: cardFonts(),
      headers: { 'cache-control': 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800' },
    },
  );
}
