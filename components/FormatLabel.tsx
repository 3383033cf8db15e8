import type { ArticleFormat } from '@/lib/content/schema';

const LABEL: Record<ArticleFormat, string | null> = {
  news: null,
  analysis: 'Analysis',
  opinion: 'Opinion',
  explainer: 'Explainer',
  interview: 'Interview',
  review: 'Review',
  live: 'Live',
};

/** Says what kind of piece this is, above the headline and on cards; plain news needs no label. */
export function FormatLabel({ format }: { format: ArticleFormat }) {
  const label = LABEL[format];
  if (!label) return null;
  // Opinion is filled, not outlined, so it cannot be read past as one more kicker.
  const look = format === 'opinion' ? 'bg-opinion text-paper' : 'border border-current text-ink';
  return (
    <span
      data-format={format}
      className={`inline-block rounded-sm px-1.5 py-0.5 font-sans text-xs font-bold uppercase tracking-wider ${look}`}
    >
      {label}
    </span>
  );
}
