import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { CorrectionsList } from './CorrectionsList';

describe('CorrectionsList', () => {
  it('links each headline and shows kind, time and note', () => {
    const article = articleStub('harbour-wall', { title: 'Harbour wall repaired' });
    const html = renderToStaticMarkup(
      <CorrectionsList
        entries={[
          { article, kind: 'clarification', at: new Date('2026-11-05T10:00:00Z'), note: 'Clarified who paid.' },
          { article, kind: 'correction', at: new Date('2026-11-02T10:00:00Z'), note: 'Fixed the cost.' },
        ]}
      />,
    );
    expect(html).toContain('<a href="/city/harbour-wall" class="headline-link">Harbour wall repaired</a>');
    expect([...html.matchAll(/data-kind="(\w+)"/g)].map((m) => m[1])).toEqual(['clarification', 'correction']);
    expect(html).toContain('>Clarification</strong>');
    expect(html).toContain('<time dateTime="2026-11-05T10:00:00.000Z">');
    expect(html).toContain('Fixed the cost.');
  });

  it('says so when there is nothing to list', () => {
    expect(renderToStaticMarkup(<CorrectionsList entries={[]} />)).toContain('No corrections or clarifications yet.');
  });
});
