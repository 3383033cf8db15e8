import { IslandScript } from './IslandScript';

/**
 * "Share…" (the native share sheet) or "Copy link": an invisible, inert placeholder that
 * ShareActions.island.ts brings to life, so nothing moves when it appears and nothing dead shows
 * without JavaScript. `contents` keeps the button and status the share row's flex items.
 */
export function ShareActions({ url, title }: { url: string; title: string }) {
  return (
    <share-actions className="contents" data-url={url} data-title={title}>
      <IslandScript name="share-actions" />
      <button type="button" disabled className="invisible rounded-sm border border-rule px-3 py-1.5 hover:border-ink">
        Copy link
      </button>
      <span role="status" className="text-muted" />
    </share-actions>
  );
}
