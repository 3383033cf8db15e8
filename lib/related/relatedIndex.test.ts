import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import type { Article } from '@/lib/content/types';
import { buildRelatedIndex, buildRelatedIndexInSlices, rankRelated } from './relatedIndex';

const topic = (name: string) => ({ name, slug: name.toLowerCase().replace(/\s+/g, '-') });

function corpus(): Article[] {
  return [
    articleStub('flood-barrier-opens', {
      topics: [topic('Floods'), topic('Harbour')],
      body: 'The tidal flood barrier closed against the surge while the harbour pumps ran all night.',
      related: ['rovers-win-cup'],
    }),
    articleStub('storm-surge-warning', {
      topics: [topic('Floods')],
      body: 'A storm surge warning for the harbour: the flood barrier will close and pumps will run.',
      publishedAt: new Date('2026-11-02T09:00:00Z'),
    }),
    articleStub('harbour-pumps-fail', {
      topics: [topic('Harbour')],
      body: 'Harbour pumps failed during the surge, flooding the quay before the barrier closed.',
      section: 'science',
    }),
    articleStub('rovers-win-cup', {
      topics: [topic('Football')],
      body: 'The Rovers won the cup with a late goal in front of a record crowd.',
      section: 'sport',
    }),
    articleStub('bakery-opens', {
      topics: [topic('Food')],
      body: 'A new bakery opened on the high street selling sourdough.',
      section: 'business',
    }),
    articleStub('choir-tour', {
      topics: [topic('Music')],
      body: 'The choir begins its winter tour of chapels along the coast.',
      section: 'culture',
    }),
    articleStub('secret-draft', {
      topics: [topic('Floods')],
      status: 'draft',
      body: 'flood barrier surge harbour pumps',
    }),
  ];
}

describe('related ranking', () => {
  const all = corpus();
  const publicOnly = all.filter((a) => a.status === 'published');
  const index = buildRelatedIndex(publicOnly);
  const ranked = (slug: string) => rankRelated(index, all.find((a) => a.slug === slug)!).map((r) => r.article.slug);

  it('puts editor pins first, even when they share nothing', () => {
    expect(ranked('flood-barrier-opens')[0]).toBe('rovers-win-cup');
  });

  it('ranks topical neighbours above unrelated stories', () => {
    const list = ranked('flood-barrier-opens');
    expect(list.slice(1, 3).sort()).toEqual(['harbour-pumps-fail', 'storm-surge-warning']);
    expect(list.indexOf('bakery-opens') === -1 || list.indexOf('bakery-opens') > 2).toBe(true);
  });

  it('never lists the story itself or a non-public story', () => {
    for (const a of publicOnly) {
      const list = ranked(a.slug);
      expect(list).not.toContain(a.slug);
      expect(list).not.toContain('secret-draft');
    }
  });

  it('ignores a pin to a story that is not public', () => {
    const pinned = articleStub('pinned', { related: ['secret-draft', 'choir-tour'] });
    expect(rankRelated(index, pinned).map((r) => r.article.slug)[0]).toBe('choir-tour');
  });

  it('always gives at least three and at most six, deterministically', () => {
    for (const a of publicOnly) {
      const list = ranked(a.slug);
      expect(list.length).toBeGreaterThanOrEqual(3);
      expect(list.length).toBeLessThanOrEqual(6);
      expect(new Set(list).size).toBe(list.length);
      expect(ranked(a.slug)).toEqual(list);
    }
  });

  it('weighs a rare shared topic above a common one', () => {
    const common = topic('Council');
    const rare = topic('Lighthouse');
    const stories = [
      articleStub('me', { topics: [common, rare] }),
      articleStub('shares-rare', { topics: [rare] }),
      articleStub('shares-common', { topics: [common] }),
      ...Array.from({ length: 8 }, (_, i) => articleStub(`filler-${i}`, { topics: [common] })),
    ];
    const list = rankRelated(buildRelatedIndex(stories), stories[0]!).map((r) => r.article.slug);
    expect(list[0]).toBe('shares-rare');
  });
});

describe('a story outside the index', () => {
  const stories = [
    articleStub('lighthouse-keeper-retires', {
      section: 'culture',
      publishedAt: new Date('2026-01-05T09:00:00Z'),
      body: 'The lighthouse keeper climbed the spiral stairs and trimmed the lamp wick one final evening.',
    }),
    articleStub('lighthouse-lamp-fund', {
      section: 'culture',
      publishedAt: new Date('2026-01-04T09:00:00Z'),
      body: 'A fund for the lighthouse lamp and its spiral stairs opened, the keeper said.',
    }),
    articleStub('bakery-opens', { body: 'A bakery opened on the high street selling sourdough loaves.' }),
    articleStub('tram-timetable', { body: 'The tram timetable changes on Monday with earlier trains.' }),
    articleStub('choir-tour', { body: 'The choir begins its winter tour of chapels along the coast.' }),
    articleStub('market-moves', { body: 'The weekly market moves to the square while the road is resurfaced.' }),
  ];
  const index = buildRelatedIndex(stories);

  it('is ranked by the words it shares with indexed stories, as an indexed story would be', () => {
    const draft = articleStub('lamp-restored', {
      status: 'draft',
      body: 'Volunteers restored the lighthouse lamp and the spiral stairs the keeper once climbed.',
    });
    const ranked = rankRelated(index, draft);
    // Without its words, the older stories in another section would rank below every same-section one.
    expect(
      ranked
        .slice(0, 2)
        .map((r) => r.article.slug)
        .sort(),
    ).toEqual(['lighthouse-keeper-retires', 'lighthouse-lamp-fund']);
    expect(ranked[1]!.score).toBeGreaterThan(ranked[2]!.score + 1);
  });

  it('adds nothing to the index while it is ranked', () => {
    const before = index.dictionary.terms.length;
    rankRelated(index, articleStub('new-words', { body: 'Zeppelins and quasars everywhere tonight.' }));
    expect(index.dictionary.terms.length).toBe(before);
  });
});

describe('the related index built in slices', () => {
  it('is the index built in one go, over more stories than one slice', async () => {
    const base = corpus().filter((a) => a.status === 'published');
    const articles = Array.from({ length: 250 }, (_, i) => ({ ...base[i % base.length]!, slug: `story-${i}` }));
    const { dictionary: sliced, ...slicedRest } = await buildRelatedIndexInSlices(articles);
    const { dictionary: whole, ...wholeRest } = buildRelatedIndex(articles);
    expect(slicedRest).toEqual(wholeRest);
    expect(sliced.terms).toEqual(whole.terms);
    expect(
      articles.map((a) => rankRelated({ ...slicedRest, dictionary: sliced }, a).map((r) => r.article.slug)),
    ).toEqual(articles.map((a) => rankRelated({ ...wholeRest, dictionary: whole }, a).map((r) => r.article.slug)));
  });
});
