import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AgeNotice } from './AgeNotice';

describe('AgeNotice', () => {
  it('renders nothing for a recent story', () => {
    expect(renderToStaticMarkup(<AgeNotice age={null} />)).toBe('');
  });

  it('says the age once, as one paragraph', () => {
    const html = renderToStaticMarkup(
      <AgeNotice age={{ text: 'This story is more than 2 years old', year: '2024' }} />,
    );
    expect(html).toMatch(/^<p data-age-notice="true" class="[^"]+">This story is more than 2 years old<\/p>$/);
  });
});
