import type { ReactNode } from 'react';

// `story-text` takes the reader's text size (app/globals.css, lib/reading/textSize.ts).
const PROSE =
  'story-text prose prose-lg max-w-none font-serif prose-headings:font-sans prose-a:text-accent ' +
  'prose-p:leading-relaxed';

/** A compiled MDX body (a story or a standards page) in the house reading typography. */
export function ProseBody({ children }: { children: ReactNode }) {
  return <div className={PROSE}>{children}</div>;
}
