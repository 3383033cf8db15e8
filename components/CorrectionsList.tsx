import { articlePath } from '@/lib/content/types';
import type { CorrectionEntry } from '@/lib/corrections/correctionsLog';
import { Timestamp } from './Timestamp';

const KIND = {
  correction: { label: 'Correction', look: 'border-correction text-correction' },
  clarification: { label: 'Clarification', look: 'border-clarification text-clarification border-dashed' },
} as const;

/** One page of the corrections log: what changed, on which story, and when. */
export function CorrectionsList({ entries }: { entries: CorrectionEntry[] }) {
  if (!entries.length) return <p className="font-sans text-muted">No corrections or clarifications yet.</p>;
  return (
    <ol className="max-w-3xl divide-y divide-rule">
      {entries.map((e) => (
        <li key={`${e.article.slug}@${e.at.toISOString()}`} data-kind={e.kind} className="py-5">
          <p className="font-sans text-xs">
            <strong className={`mr-2 border-l-4 pl-2 uppercase tracking-wide ${KIND[e.kind].look}`}>
              {KIND[e.kind].label}
            </strong>
            <Timestamp date={e.at} />
          </p>
          <h2 className="mt-1 font-serif text-xl font-semibold leading-snug">
            <a href={articlePath(e.article)} className="headline-link">
              {e.article.title}
            </a>
          </h2>
          <p className="mt-1 leading-snug">{e.note}</p>
        </li>
      ))}
    </ol>
  );
}
