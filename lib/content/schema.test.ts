import { describe, expect, it } from 'vitest';
import { articleSchema, describeIssues, livePostSchema, pageSchema, updateSchema } from './schema';

const article = {
  title: 'Harbour wall repaired',
  dek: 'The wall is fixed.',
  section: 'city',
  authors: ['ada-vell'],
  publishedAt: '2026-11-01T09:00:00+00:00',
  status: 'published',
};
const messages = (result: ReturnType<typeof articleSchema.safeParse>) =>
  result.success ? [] : describeIssues(result.error, articleSchema).map((i) => i.message);

describe('updates[].kind', () => {
  it('accepts clarification beside update and correction', () => {
    for (const kind of ['update', 'correction', 'clarification'])
      expect(updateSchema.safeParse({ at: '2026-11-02T09:00:00+00:00', kind, note: 'A note.' }).success).toBe(true);
  });

  it('names the three kinds when given another', () => {
    const result = updateSchema.safeParse({ at: '2026-11-02T09:00:00+00:00', kind: 'retraction', note: 'x' });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([
      'must be one of: update, correction, clarification',
    ]);
  });
});

describe('article format', () => {
  it('is news when not given', () => {
    expect(articleSchema.parse(article).format).toBe('news');
  });

  it('takes each known format', () => {
    for (const format of ['news', 'analysis', 'opinion', 'explainer', 'interview', 'review', 'live'])
      expect(articleSchema.parse({ ...article, format }).format).toBe(format);
  });

  it('rejects an unknown format, listing the known ones', () => {
    expect(messages(articleSchema.safeParse({ ...article, format: 'satire' }))).toEqual([
      'must be one of: news, analysis, opinion, explainer, interview, review, live',
    ]);
  });
});

describe('pageSchema', () => {
  it('needs a title and a description; roles default to none', () => {
    expect(pageSchema.parse({ title: 'About us', description: 'Who we are.' })).toEqual({
      title: 'About us',
      description: 'Who we are.',
      roles: [],
    });
    const result = pageSchema.safeParse({ title: 'About us' });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['description', 'is required'],
    ]);
  });

  it('takes only the schema.org publisher roles', () => {
    expect(
      pageSchema.parse({ title: 'Corrections', description: 'How we correct.', roles: ['correctionsPolicy'] }).roles,
    ).toEqual(['correctionsPolicy']);
    const result = pageSchema.safeParse({ title: 'X', description: 'Y.', roles: ['privacyPolicy'] });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([
      'must be one of: publishingPrinciples, correctionsPolicy, ethicsPolicy, masthead, ownershipFundingInfo, ' +
        'verificationFactCheckingPolicy, actionableFeedbackPolicy',
    ]);
  });

  it('rejects unknown fields', () => {
    const result = pageSchema.safeParse({ title: 'X', description: 'Y.', order: 2 });
    expect(result.success ? [] : describeIssues(result.error, pageSchema).map((i) => i.message)).toEqual([
      'unknown field(s) "order"; allowed: title, description, roles',
    ]);
  });
});

describe('live stories and breaking news on an article', () => {
  it('are neither live-until nor breaking unless they say so', () => {
    const parsed = articleSchema.parse(article);
    expect(parsed.liveUntil).toBeUndefined();
    expect(parsed.breaking).toBe(false);
  });

  it('reads liveUntil as a date and breaking as a flag', () => {
    const parsed = articleSchema.parse({ ...article, liveUntil: '2026-11-01T18:00:00+00:00', breaking: true });
    expect(parsed.liveUntil).toEqual(new Date('2026-11-01T18:00:00Z'));
    expect(parsed.breaking).toBe(true);
    expect(messages(articleSchema.safeParse({ ...article, breaking: 'yes' }))).toEqual(['must be true or false']);
  });
});

describe('a live post', () => {
  const post = { at: '2026-11-01T10:00:00+00:00', status: 'published' };
  const postMessages = (input: unknown) => {
    const result = livePostSchema.safeParse(input);
    return result.success ? [] : describeIssues(result.error, livePostSchema).map((i) => i.message);
  };

  it('needs only a time and a status; it is neither key nor pinned and has no authors of its own', () => {
    expect(livePostSchema.parse(post)).toEqual({
      at: new Date('2026-11-01T10:00:00Z'),
      status: 'published',
      key: false,
      pinned: false,
    });
  });

  it('takes a title, authors, key, pinned and an image', () => {
    const full = {
      ...post,
      title: 'Gates close',
      authors: ['ada-vell'],
      key: true,
      pinned: true,
      image: { src: '/images/a.png', alt: 'The gates' },
    };
    expect(livePostSchema.parse(full)).toMatchObject({ title: 'Gates close', key: true, pinned: true });
  });

  it('refuses a missing time, an unknown status, an empty author list and unknown fields', () => {
    expect(postMessages({ status: 'published' })).toEqual(['is required']);
    expect(postMessages({ ...post, status: 'live' })).toEqual(['must be one of: published, draft']);
    expect(postMessages({ ...post, authors: [] })).toEqual([
      'must name at least one author, or be left out for the story’s authors',
    ]);
    expect(postMessages({ ...post, headline: 'x' })).toEqual([
      'unknown field(s) "headline"; allowed: at, title, authors, key, pinned, status, image',
    ]);
  });
});
