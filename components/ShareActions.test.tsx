import { describe, expect, it } from 'vitest';
import { ShareActions } from './ShareActions';
import { markup, rawMarkup } from './testing/render';

describe('ShareActions', () => {
  it('is an invisible, disabled button and an empty status inside <share-actions> until its island upgrades it', () => {
    const html = markup(<ShareActions url="https://example.org/city/a?b=1&c=2" title={'The "quay" <plan>'} />);
    expect(html).toBe(
      '<script type="module" async="" src="/islands/share-actions.js"></script>' +
        '<share-actions data-url="https://example.org/city/a?b=1&amp;c=2" ' +
        'data-title="The &quot;quay&quot; &lt;plan&gt;">' +
        '<button type="button" disabled="">Copy link</button><span role="status"></span></share-actions>',
    );
    expect(rawMarkup(<ShareActions url="/" title="" />)).toContain(
      '<button type="button" disabled="" class="invisible ',
    );
  });
});
