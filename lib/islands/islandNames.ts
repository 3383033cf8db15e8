/**
 * The browser islands: `components/<Name>.island.ts` is built by scripts/build-islands.mjs into
 * `public/islands/<name>.js`, where <name> is the file's kebab-case name (also its custom element's
 * tag). The request gate serves only these files under /islands/ (a test checks this list against
 * components/), and <IslandScript> accepts only these names.
 */
export const ISLAND_NAMES = ['live-updates', 'share-actions', 'text-size', 'theme-toggle', 'view-beacon'] as const;

export type IslandName = (typeof ISLAND_NAMES)[number];

/** `ThemeToggle.island.ts` → `theme-toggle`; null for a file that is not an island. */
export function islandName(fileName: string): string | null {
  const base = /^([A-Z][A-Za-z0-9]*)\.island\.ts$/.exec(fileName)?.[1];
  return base ? base.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase() : null;
}

/** Where the built module is served. */
export function islandScriptPath(name: IslandName): string {
  return `/islands/${name}.js`;
}
