'use client';
// Why does this need the browser? Next.js requires error boundaries to be client components,
// so a failed render can be replaced in place; it renders nothing about the error itself.

export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <div className="max-w-2xl">
      <p className="font-sans text-sm font-semibold uppercase tracking-wider text-kicker">Error</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Something went wrong on our side</h1>
      <p className="mt-4 text-lg leading-relaxed text-muted">
        This page could not be shown. Please try again in a moment, or go to the{' '}
        <a href="/" className="text-accent underline">
          front page
        </a>
        .
      </p>
      {error.digest && <p className="mt-6 font-sans text-sm text-muted">Reference for our engineers: {error.digest}</p>}
    </div>
  );
}
