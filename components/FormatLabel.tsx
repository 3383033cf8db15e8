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

interface FormatLabelProps {
  format: ArticleFormat;
  /** Whether a live story's coverage is running now (`isLive`): "Live" is shown only then. */
  live?: boolean;
}

/** Says what kind of piece this is, above the headline and on cards; plain news needs no label. */
export function FormatLabel({ format, live = false }: FormatLabelProps) {
  const label = LABEL[format];
  // A live story that has ended reads as a report: a "Live" label on it would promise updates.
  if (!label || (format === 'live' && !live)) return null;
  // Opinion and Live are filled, not outlined: opinion so it cannot be read past as one more kicker,
  // Live so it stands out as running now.
  const look =
    format === 'opinion'
      ? 'bg-opinion text-paper'
      : format === 'live'
        ? 'bg-kicker text-paper'
        : 'border border-current text-ink';
  return (
    <span
      data-format={format}
      className={`inline-block rounded-sm px-1.5 py-0.5 font-sans text-xs font-bold uppercase tracking-wider ${look}`}
    >
      {label}
    </span>
  );
}
