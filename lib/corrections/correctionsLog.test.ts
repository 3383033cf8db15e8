import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { correctionsLog } from './correctionsLog';

const at = (iso: string) => new Date(iso);
const now = at('2026-11-27T12:00:00Z');

describe('correctionsLog', () => {
  const harbour = articleStub('harbour-wall', {
    updates: [
      { at: at('2026-11-05T10:00:00Z'), kind: 'clarification', note: 'Clarified who paid.' },
      { at: at('2026-11-03T10:00:00Z'), kind: 'update', note: 'Added the vote.' },
      { at: at('2026-11-02T10:00:00Z'), kind: 'correction', note: 'Fixed the cost.' },
    ],
  });
  const trams = articleStub('tram-fares', {
    updates: [{ at: at('2026-11-04T10:00:00Z'), kind: 'correction', note: 'Fixed the fare.' }],
  });

  it('lists corrections and clarifications of every story, newest first, without routine updates', () => {
    expect(correctionsLog([harbour, trams], now).map((e) => [e.article.slug, e.kind, e.note])).toEqual([
      ['harbour-wall', 'clarification', 'Clarified who paid.'],
      ['tram-fares', 'correction', 'Fixed the fare.'],
      ['harbour-wall', 'correction', 'Fixed the cost.'],
    ]);
  });

  it('breaks ties by slug and leaves out entries dated after now', () => {
    const same = at('2026-11-10T10:00:00Z');
    const b = articleStub('b-story', { updates: [{ at: same, kind: 'correction', note: 'B.' }] });
    const a = articleStub('a-story', {
      updates: [
        { at: at('2026-12-01T10:00:00Z'), kind: 'correction', note: 'Later.' },
        { at: same, kind: 'correction', note: 'A.' },
      ],
    });
    expect(correctionsLog([b, a], now).map((e) => e.note)).toEqual(['A.', 'B.']);
  });

  it('is empty when nothing was corrected', () => {
    expect(correctionsLog([articleStub('quiet')], now)).toEqual([]);
  });
});
