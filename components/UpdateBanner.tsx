import type { ArticleUpdate } from '@/lib/content/types';
import { Timestamp } from './Timestamp';

const LABEL = { update: 'Updated', correction: 'Correction' } as const;

/** The latest revision above the story; older ones in a no-JavaScript disclosure, newest first. */
export function UpdateBanner({ updates }: { updates: ArticleUpdate[] }) {
  const [latest, ...earlier] = updates;
  if (!latest) return null;
  const isCorrection = latest.kind === 'correction';
  return (
    <aside
      aria-label={isCorrection ? 'Correction to this story' : 'Update to this story'}
      data-kind={latest.kind}
      className={`my-6 border-l-4 px-4 py-3 font-sans text-sm ${isCorrection ? 'border-correction bg-correction-bg' : 'border-accent bg-update-bg'}`}
    >
      <p>
        <strong className={`mr-2 uppercase tracking-wide ${isCorrection ? 'text-correction' : 'text-accent'}`}>
          {LABEL[latest.kind]}
        </strong>
        <Timestamp date={latest.at} />
      </p>
      <p className="mt-1 text-base text-ink">{latest.note}</p>
      {earlier.length > 0 && (
        <ol data-print="only" className="mt-2 hidden space-y-1 border-t border-rule pt-2">
          {updates.map((u) => (
            <li key={u.at.toISOString() + u.kind}>
              <strong>{LABEL[u.kind]}</strong> · <Timestamp date={u.at} />: {u.note}
            </li>
          ))}
        </ol>
      )}
      {earlier.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold text-accent">
            Full history of changes ({updates.length} revisions)
          </summary>
          <ol className="mt-2 space-y-2 border-t border-rule pt-2">
            {updates.map((u) => (
              <li key={u.at.toISOString() + u.kind}>
                <strong>{LABEL[u.kind]}</strong> · <Timestamp date={u.at} />
                <p className="text-ink">{u.note}</p>
              </li>
            ))}
          </ol>
        </details>
      )}
    </aside>
  );
}
