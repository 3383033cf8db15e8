import { IslandScript } from './IslandScript';

interface LiveUpdatesProps {
  /** The story's manifest (lib/live/liveManifest.ts), polled every `pollSeconds`. */
  manifestPath: string;
  /** Page 1 of the story, where new posts are fetched from. */
  pagePath: string;
  pollSeconds: number;
  /** The newest post and the number of posts this page was rendered with. */
  newest: string | null;
  count: number;
}

/**
 * The "N new updates" button of a running live story, brought to life by LiveUpdates.island.ts. It
 * stays hidden until there is something new, in a polite live region fixed to the bottom of the
 * viewport: announced to screen readers, and nothing on the page moves when it appears.
 */
export function LiveUpdates({ manifestPath, pagePath, pollSeconds, newest, count }: LiveUpdatesProps) {
  return (
    <live-updates
      data-manifest={manifestPath}
      data-page={pagePath}
      data-poll-seconds={String(pollSeconds)}
      data-newest={newest ?? ''}
      data-count={String(count)}
      data-print="hide"
    >
      <IslandScript name="live-updates" />
      <div aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
        <button
          type="button"
          hidden
          className={
            'pointer-events-auto rounded-full bg-accent px-5 py-2.5 font-sans text-sm font-semibold text-paper ' +
            'shadow-lg hover:underline'
          }
        />
      </div>
    </live-updates>
  );
}
