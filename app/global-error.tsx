'use client';
// Why does this need the browser? Next.js requires the root error boundary to be a client
// component; it replaces the whole document when even the layout cannot render.

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: 'Georgia, serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem' }}>
        <p>
          <a href="/">Masthead</a>
        </p>
        <h1>Something went wrong on our side</h1>
        <p>This page could not be shown. Please try again in a moment.</p>
        {error.digest && <p>Reference for our engineers: {error.digest}</p>}
      </body>
    </html>
  );
}
