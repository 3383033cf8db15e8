import { describe, expect, it } from 'vitest';
import { PreviewBar } from './PreviewBar';
import { markup, readableText } from './testing/render';

describe('PreviewBar', () => {
  it('is a region named Preview mode that tells the editor readers do not see this', () => {
    expect(markup(<PreviewBar />)).toMatch(/^<section aria-label="Preview mode">/);
    expect(readableText(<PreviewBar />)).toBe(
      'Preview You are seeing drafts and scheduled stories. Readers are not. Editors’ desk Exit preview',
    );
  });

  it('links to the desk and exits preview with plain links that nothing prefetches', () => {
    const html = markup(<PreviewBar />);
    expect(html).toContain('<a href="/preview">Editors’ desk</a>');
    expect(html).toContain('<a href="/api/draft/disable">Exit preview</a>');
    expect(html.match(/<a /g)).toHaveLength(2);
    expect(html).not.toContain('<script');
  });
});
