import { describe, expect, it } from 'vitest';
import { ThemeToggle } from './ThemeToggle';
import { rawMarkup } from './testing/render';

describe('ThemeToggle', () => {
  it('is an invisible, disabled button inside <theme-toggle> until its island upgrades it', () => {
    expect(rawMarkup(<ThemeToggle />)).toBe(
      '<script type="module" async="" src="/islands/theme-toggle.js"></script>' +
        '<theme-toggle class="contents"><button type="button" aria-pressed="false" disabled="" ' +
        'class="invisible rounded-sm border border-rule px-2.5 py-1 font-sans text-sm hover:border-ink">' +
        'Dark mode</button></theme-toggle>',
    );
  });
});
