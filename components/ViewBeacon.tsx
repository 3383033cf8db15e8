import { IslandScript } from './IslandScript';

/**
 * Counts a reading of a story for "Most read" (ViewBeacon.island.ts), also when the page came from a cache. Pages
 * leave it out in preview: an editor's reading is work.
 */
export function ViewBeacon({ slug }: { slug: string }) {
  return (
    <view-beacon hidden data-slug={slug}>
      <IslandScript name="view-beacon" />
    </view-beacon>
  );
}
