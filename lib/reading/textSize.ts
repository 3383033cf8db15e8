/**
 * The story text sizes a reader may pick (components/TextSize.island.ts), stored on the device under TEXT_SIZE_KEY
 * and set as `data-text-size` on <html> before first paint (THEME_SCRIPT, lib/html/themeScript.mjs); app/globals.css
 * scales the story's text from it, in rem, so the browser's own text-size setting still applies underneath.
 */
export const TEXT_SIZES = ['default', 'larger', 'largest'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];

export const TEXT_SIZE_KEY = 'text-size';

/** A stored value as a size; anything else (missing, edited, from an older version) is the default. */
export function textSizeOf(value: string | null | undefined): TextSize {
  return TEXT_SIZES.find((size) => size === value) ?? 'default';
}
