import type { ArticleUpdate } from '@/lib/content/types';
import { REVISION_BANNER_ID } from './RevisionNotice';
import { Timestamp } from './Timestamp';

/** Each kind looks different, so a reader never takes a correction for a routine update. */
const KIND = {
  update: { label: 'Updated', aside: 'Update to this story', box: 'border-accent bg-update-bg', text: 'text-accent' },
  correction: {
    label: 'Correction',
    aside: 'Correction to this story',
    box: 'border-correction bg-correction-bg',
    text: 'text-correction',
  },
  clarification: {
    label: 'Clarification',
    aside: 'Clarification to this story',
    box: 'border-clarification bg-clarification-bg border-dashed',
    text: 'text-clarification',
  },
} as const;

/** The latest revision above the story; older ones in a no-JavaScript disclosure, newest first. */
export function UpdateBanner({ updates }: { updates: ArticleUpdate[] }) {
  const [latest, ...earlier] = updates;
  if (!latest) return null;
  const kind = KIND[latest.kind];
  return (
    <aside
      id={REVISION_BANNER_ID}
      aria-label={kind.aside}
      data-kind={latest.kind}
      className={`my-6 scroll-mt-4 border-l-4 px-4 py-3 font-sans text-sm ${kind.box}`}
    >
      <p>
        <strong className={`mr-2 uppercase tracking-wide ${kind.text}`}>{kind.label}</strong>
        <Timestamp date={latest.at} />
      </p>
      <p className="mt-1 text-base text-ink">{latest.note}</p>
      {earlier.length > 0 && (
        <ol data-print="only" className="mt-2 hidden space-y-1 border-t border-rule pt-2">
          {updates.map((u) => (
            <li key={u.at.toISOString() + u.kind}>
              <strong>{KIND[u.kind].label}</strong> · <Timestamp date={u.at} />: {u.note}
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
              <li key={u.at.toISOString() + u.kind} data-kind={u.kind}>
                <strong className={KIND[u.kind].text}>{KIND[u.kind].label}</strong> · <Timestamp date={u.at} />
                <p className="text-ink">{u.note}</p>
              </li>
            ))}
          </ol>
        </details>
      )}
    </aside>
  );
}
