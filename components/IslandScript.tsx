import { type IslandName, islandScriptPath } from '@/lib/islands/islandNames';

/**
 * Loads an island's module (built by scripts/build-islands.mjs). React hoists an async script into
 * <head> and renders each src once a page, however often the island appears; `async` lets the page
 * render first, and the island upgrades its element once the document is parsed.
 */
export function IslandScript({ name }: { name: IslandName }) {
  return <script type="module" async src={islandScriptPath(name)} />;
}
