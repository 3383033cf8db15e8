import { describe, expect, it } from 'vitest';
import { BreakingStrip } from './BreakingStrip';
import { storyFixture } from './testing/fixtures';
import { markup, readableText } from './testing/render';

const fire = storyFixture({ slug: 'warehouse-fire-live', title: 'Warehouse fire: live updates', format: 'live' });
const gates = storyFixture();

describe('BreakingStrip', () => {
  it('renders nothing when no story is breaking', () => {
    expect(markup(<BreakingStrip stories={[]} />)).toBe('');
  });

  it('is a region named "Breaking" linking to each breaking story, in the order given', () => {
    const html = markup(<BreakingStrip stories={[fire, gates]} />);
    expect(html).toMatch(/^<section aria-labelledby="breaking-heading" data-testid="breaking">/);
    expect(html).toContain('<h2 id="breaking-heading">Breaking</h2>');
    expect(html).toContain(
      '<ul><li><a href="/city/warehouse-fire-live">Warehouse fire: live updates</a></li>' +
        '<li><a href="/city/harbour-gates-hold">Storm surge floods cellars as harbour gates hold</a></li></ul>',
    );
    expect(readableText(<BreakingStrip stories={[fire]} />)).toBe('Breaking Warehouse fire: live updates');
  });
});
