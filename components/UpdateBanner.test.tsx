import { describe, expect, it } from 'vitest';
import { markup, rawMarkup, readableText } from './testing/render';
import { UpdateBanner } from './UpdateBanner';

const update = {
  at: new Date('2026-11-25T07:40:00Z'),
  kind: 'update' as const,
  note: 'Cellars in the Narrows were pumped dry overnight.',
};
const correction = {
  at: new Date('2026-11-24T17:05:00Z'),
  kind: 'correction' as const,
  note: 'An earlier version named the wrong flood gate.',
};

describe('UpdateBanner', () => {
  it('renders nothing for a story never revised', () => {
    expect(markup(<UpdateBanner updates={[]} />)).toBe('');
  });

  it('names a single update, its time in the newsroom zone and its note, with no history', () => {
    const html = markup(<UpdateBanner updates={[update]} />);
    expect(html).toContain('<aside id="latest-revision" aria-label="Update to this story" data-kind="update">');
    expect(html).toContain('<time dateTime="2026-11-25T07:40:00.000Z">Wed 25 November 2026, 07:40 GMT</time>');
    expect(html).not.toContain('<details');
    expect(readableText(<UpdateBanner updates={[update]} />)).toBe(
      'Updated Wed 25 November 2026, 07:40 GMT Cellars in the Narrows were pumped dry overnight.',
    );
  });

  it('labels a latest correction as a correction, in the correction colours', () => {
    const html = rawMarkup(<UpdateBanner updates={[correction, update]} />);
    expect(html).toContain('aria-label="Correction to this story"');
    expect(html).toContain('data-kind="correction"');
    expect(html).toMatch(/<aside[^>]*class="[^"]*\bborder-correction\b[^"]*\bbg-correction-bg\b/);
    expect(html).toMatch(/<strong class="[^"]*\btext-correction\b[^"]*">Correction<\/strong>/);
    expect(html).not.toMatch(/\bbg-update-bg\b/);
  });

  it('keeps an update in the update colours, not the correction ones', () => {
    const html = rawMarkup(<UpdateBanner updates={[update]} />);
    expect(html).toMatch(/<aside[^>]*class="[^"]*\bbg-update-bg\b/);
    expect(html).not.toMatch(/correction/);
  });

  it('lists every revision, newest first, in a disclosure and in a print-only list', () => {
    const html = markup(<UpdateBanner updates={[update, correction]} />);
    expect(html).toContain('<summary>Full history of changes (2 revisions)</summary>');
    const history = html.slice(html.indexOf('<details>'));
    expect(history.indexOf(update.note)).toBeGreaterThan(-1);
    expect(history.indexOf(update.note)).toBeLessThan(history.indexOf(correction.note));
    expect(history).toContain(
      '<li data-kind="correction"><strong>Correction</strong> · <time dateTime="2026-11-24T17:05:00.000Z">Tue 24 ' +
        'November 2026, 17:05 GMT</time>',
    );
    const printed = html.slice(html.indexOf('<ol data-print="only">'), html.indexOf('<details>'));
    expect(printed).toContain(`Updated</strong> · <time dateTime="2026-11-25T07:40:00.000Z">`);
    expect(printed).toContain(correction.note);
  });

  it('shows summer times in British Summer Time', () => {
    const summer = { ...update, at: new Date('2026-07-01T08:00:00Z') };
    expect(readableText(<UpdateBanner updates={[summer]} />)).toContain('Wed 1 July 2026, 09:00 BST');
  });
});
