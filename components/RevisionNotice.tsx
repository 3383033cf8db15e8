import type { ArticleUpdate } from '@/lib/content/types';
import { Timestamp } from './Timestamp';

const LABEL = { update: 'Updated', correction: 'Corrected', clarification: 'Clarified' } as const;

/** The id of the update banner (UpdateBanner) that the notice links to. */
export const REVISION_BANNER_ID = 'latest-revision';

/**
 * One line under a revised story's standfirst on a phone, where the update banner itself is a screen or more below:
 * the revision is why the story was changed, so the reader learns of it on the first screen. The banner shows it all.
 */
export function RevisionNotice({ updates }: { updates: ArticleUpdate[] }) {
  const latest = updates[0];
  if (!latest) return null;
  return (
    <p className="mt-3 font-sans text-sm sm:hidden" data-print="hide">
      <a href={`#${REVISION_BANNER_ID}`} className="font-semibold text-accent underline underline-offset-2">
        {LABEL[latest.kind]} <Timestamp date={latest.at} />: what changed
      </a>
    </p>
  );
}
