import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { atomXml } from './atomXml';
import { correctionsFeed } from './correctionsFeed';
import { rssXml } from './rssXml';

const article = articleStub('harbour-wall', { title: 'Harbour wall repaired' });
const entries = [
  { article, kind: 'clarification' as const, at: new Date('2026-11-05T10:00:00Z'), note: 'Clarified who paid.' },
  { article, kind: 'correction' as const, at: new Date('2026-11-02T10:00:00Z'), note: 'Fixed the cost.' },
];

describe('correctionsFeed', () => {
  it('writes one Atom entry per correction, newest first, each with its own id', () => {
    const atom = atomXml(correctionsFeed(entries));
    expect([...atom.matchAll(/<title type="text">(.*?)<\/title>/g)].map((m) => m[1])).toEqual([
      'Corrections and clarifications · Masthead',
      'Clarification: Harbour wall repaired',
      'Correction: Harbour wall repaired',
    ]);
    // The host comes from SITE_URL: only the path and fragment are this feed's own.
    expect(atom).toMatch(/<id>https?:\/\/[^<]+\/city\/harbour-wall#correction-2026-11-02T10:00:00\.000Z<\/id>/);
    expect(atom).toContain('<updated>2026-11-05T10:00:00.000Z</updated>');
  });

  it('writes RSS with the note as the description and a non-permalink guid per correction', () => {
    const rss = rssXml(correctionsFeed(entries));
    expect(rss).toContain('<description>Fixed the cost.</description>');
    expect(rss).toMatch(/<link>https?:\/\/[^<]+\/city\/harbour-wall<\/link>/);
    expect(rss).toMatch(/<guid isPermaLink="false">https?:\/\/[^<]+#clarification-2026-11-05T10:00:00\.000Z<\/guid>/);
  });
});
