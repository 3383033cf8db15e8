import { highlightSegments } from '@/lib/search/highlight';

/**
 * `text` with the words a search matched in `<mark>`. Pieces are rendered as React text, so
 * whatever a headline or query contains is escaped; there is no HTML string anywhere.
 */
export function Highlight({ text, terms }: { text: string; terms: ReadonlySet<string> }) {
  return (
    <>
      {highlightSegments(text, terms).map((s, i) =>
        s.match ? (
          // The accent underline keeps the highlight visible for readers who do not see the tint.
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed split of one string; position is their identity
          <mark key={i} className="rounded-sm bg-update-bg text-inherit shadow-[inset_0_-2px_0_var(--accent)]">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
