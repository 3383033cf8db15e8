import { describe, expect, it } from 'vitest';
import { TextSize } from './TextSize';
import { markup, rawMarkup } from './testing/render';

describe('TextSize', () => {
  it('is three named, disabled buttons in an invisible fieldset until its island upgrades them', () => {
    const html = markup(<TextSize />);
    expect(html).toContain('<script type="module" async="" src="/islands/text-size.js"></script>');
    expect(html).toContain('<legend>Text size</legend>');
    for (const [size, name] of [
      ['default', 'Default text size'],
      ['larger', 'Larger text'],
      ['largest', 'Largest text'],
    ])
      expect(html).toContain(
        `<button type="button" disabled="" aria-pressed="false" aria-label="${name}" data-size="${size}">A</button>`,
      );
    expect(rawMarkup(<TextSize />)).toContain('<fieldset class="invisible ');
  });
});
