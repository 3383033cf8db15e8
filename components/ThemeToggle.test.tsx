import { describe, expect, it } from 'vitest';
import { ThemeToggle } from './ThemeToggle';
import { rawMarkup } from './testing/render';

describe('ThemeToggle', () => {
  it('is an invisible, disabled button inside <theme-toggle> until its island upgrades it', () => {
    expect(rawMarkup(<ThemeToggle />)).toBe(
      '<script type="module" async="" src="/islands/theme-toggle.js"></script>' +
        '<theme-toggle class="contents"><button type="button" aria-pressed="false" disabled="" ' +
        'class="invisible size-10 rounded-sm border border-rule font-sans text-sm hover:border-ink sm:size-auto ' +
        'sm:px-2.5 sm:py-1"><svg aria-hidden="true" viewBox="0 0 20 20" class="mx-auto size-5 sm:hidden">' +
        '<path d="M15.5 12.5A6.5 6.5 0 0 1 7.5 4.5a6.5 6.5 0 1 0 8 8Z" fill="currentColor"></path></svg>' +
        '<span class="sr-only sm:not-sr-only">Dark mode</span></button></theme-toggle>',
    );
  });
});
