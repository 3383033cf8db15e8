import type { ReactNode } from 'react';

export function PullQuote({ children, by }: { children: ReactNode; by?: string }) {
  return (
    <figure className="not-prose my-8 border-l-4 border-kicker pl-5">
      <blockquote className="font-serif text-2xl leading-snug font-semibold text-ink italic [&_p]:m-0">
        {children}
      </blockquote>
      {by && <figcaption className="mt-2 font-sans text-sm text-muted">— {by}</figcaption>}
    </figure>
  );
}
