import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormatLabel } from './FormatLabel';

describe('FormatLabel', () => {
  it('shows nothing for plain news', () => {
    expect(renderToStaticMarkup(<FormatLabel format="news" />)).toBe('');
  });

  it('names every other format', () => {
    const labels = (['analysis', 'opinion', 'explainer', 'interview', 'review', 'live'] as const).map((f) =>
      renderToStaticMarkup(<FormatLabel format={f} />).replace(/<[^>]+>/g, ''),
    );
    expect(labels).toEqual(['Analysis', 'Opinion', 'Explainer', 'Interview', 'Review', 'Live']);
  });

  it('fills the opinion label so it stands apart from the outlined ones', () => {
    const opinion = renderToStaticMarkup(<FormatLabel format="opinion" />);
    expect(opinion).toContain('data-format="opinion"');
    expect(opinion).toContain('bg-opinion');
    expect(renderToStaticMarkup(<FormatLabel format="analysis" />)).not.toContain('bg-opinion');
  });
});
