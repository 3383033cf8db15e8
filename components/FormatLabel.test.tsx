import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormatLabel } from './FormatLabel';

describe('FormatLabel', () => {
  it('shows nothing for plain news', () => {
    expect(renderToStaticMarkup(<FormatLabel format="news" />)).toBe('');
  });

  it('names every other format, a live story while it is live', () => {
    const labels = (['analysis', 'opinion', 'explainer', 'interview', 'review', 'live'] as const).map((f) =>
      renderToStaticMarkup(<FormatLabel format={f} live />).replace(/<[^>]+>/g, ''),
    );
    expect(labels).toEqual(['Analysis', 'Opinion', 'Explainer', 'Interview', 'Review', 'Live']);
  });

  it('shows no "Live" on a live story whose coverage has ended', () => {
    expect(renderToStaticMarkup(<FormatLabel format="live" live={false} />)).toBe('');
    expect(renderToStaticMarkup(<FormatLabel format="live" />)).toBe('');
  });

  it('fills the opinion and live labels so they stand apart from the outlined ones', () => {
    const opinion = renderToStaticMarkup(<FormatLabel format="opinion" />);
    expect(opinion).toContain('data-format="opinion"');
    expect(opinion).toContain('bg-opinion');
    expect(renderToStaticMarkup(<FormatLabel format="live" live />)).toContain('bg-kicker text-paper');
    expect(renderToStaticMarkup(<FormatLabel format="analysis" />)).not.toContain('bg-');
  });
});
