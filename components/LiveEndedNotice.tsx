import { Timestamp } from './Timestamp';

/** Above an ended live story: the page is an archive now, and says since when. */
export function LiveEndedNotice({ endedAt }: { endedAt: Date }) {
  return (
    <p data-live-ended className="my-4 border-l-4 border-rule bg-panel px-4 py-3 font-sans text-sm">
      <strong>This live coverage has ended.</strong> The last update came before <Timestamp date={endedAt} />; the posts
      below are kept as they were.
    </p>
  );
}
