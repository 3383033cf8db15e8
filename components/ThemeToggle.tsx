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
        className={
          'invisible size-10 rounded-sm border border-rule font-sans text-sm hover:border-ink sm:size-auto sm:px-2.5 ' +
          'sm:py-1'
        }
      >
        {/* A phone's masthead has room for the moon only; the words stay the button's name. */}
        <svg aria-hidden="true" viewBox="0 0 20 20" className="mx-auto size-5 sm:hidden">
          <path d="M15.5 12.5A6.5 6.5 0 0 1 7.5 4.5a6.5 6.5 0 1 0 8 8Z" fill="currentColor" />
        </svg>
        <span className="sr-only sm:not-sr-only">Dark mode</span>
      </button>
    </theme-toggle>
  );
}
