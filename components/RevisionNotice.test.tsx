import { describe, expect, it } from 'vitest';
import { RevisionNotice } from './RevisionNotice';
import { markup } from './testing/render';

const at = new Date('2026-11-25T07:40:00Z');

describe('RevisionNotice', () => {
  it('links the latest revision to the update banner, named by its kind', () => {
    const html = markup(
      <RevisionNotice
        updates={[
          { kind: 'correction', at, note: 'The wall is 40 m long, not 400 m.' },
          { kind: 'update', at: new Date('2026-11-24T09:00:00Z'), note: 'Adds the council’s reply.' },
        ]}
      />,
    );
    expect(html).toBe(
      '<p data-print="hide"><a href="#latest-revision">Corrected ' +
        '<time dateTime="2026-11-25T07:40:00.000Z">Wed 25 November 2026, 07:40 GMT</time>: what changed</a></p>',
    );
  });

  it('says nothing on a story never revised', () => {
    expect(markup(<RevisionNotice updates={[]} />)).toBe('');
  });
});
