import { IslandScript } from './IslandScript';

/**
 * The dark-mode button: an invisible, inert placeholder that ThemeToggle.island.ts brings to life, so
 * nothing moves when it appears and nothing dead shows without JavaScript. `contents` keeps the
 * button itself the header's flex item.
 */
export function ThemeToggle() {
  return (
    <theme-toggle className="contents">
      <IslandScript name="theme-toggle" />
      <button
        type="button"
        aria-pressed="false"
        disabled
        className="invisible rounded-sm border border-rule px-2.5 py-1 font-sans text-sm hover:border-ink"
      >
        Dark mode
      </button>
    </theme-toggle>
  );
}
