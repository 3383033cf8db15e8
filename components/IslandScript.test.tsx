import { describe, expect, it } from 'vitest';
import { IslandScript } from './IslandScript';
import { rawMarkup } from './testing/render';

describe('IslandScript', () => {
  it('renders one async module script per island, in <head>, however often the island appears', () => {
    expect(
      rawMarkup(
        <html lang="en">
          <head />
          <body>
            <IslandScript name="theme-toggle" />
            <IslandScript name="share-actions" />
            <IslandScript name="theme-toggle" />
          </body>
        </html>,
      ),
    ).toBe(
      '<html lang="en"><head>' +
        '<script type="module" async="" src="/islands/theme-toggle.js"></script>' +
        '<script type="module" async="" src="/islands/share-actions.js"></script>' +
        '</head><body></body></html>',
    );
  });
});
