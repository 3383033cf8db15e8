import { describe, expect, it } from 'vitest';
import { buildIndex } from './buildIndex';
import { createContentView } from './contentView';
import { articleStub } from './testing/articleStub';
import { livePostStub } from './testing/livePostStub';
import { sectionStub, viewOf } from './testing/viewOf';
import type { Author } from './types';
import { readerAudience } from './visibility';

const at = (iso: string) => new Date(iso);
const now = at('2026-11-25T12:00:00Z');
const live = articleStub('storm', { format: 'live', publishedAt: at('2026-11-25T08:00:00Z'), breaking: true });
const draftLive = articleStub('quiet', { format: 'live', status: 'draft', publishedAt: at('2026-11-25T08:00:00Z') });
const posts = [
  livePostStub('storm', 'first', { at: at('2026-11-25T08:00:00Z'), pinned: true }),
  livePostStub('storm', 'second', { at: at('2026-11-25T09:00:00Z') }),
  livePostStub('storm', 'draft', { at: at('2026-11-25T10:00:00Z'), status: 'draft' }),
  livePostStub('storm', 'later', { at: at('2026-11-25T13:00:00Z') }),
  livePostStub('quiet', 'one', { at: at('2026-11-25T09:00:00Z') }),
];
const content = { articles: [live, draftLive, articleStub('plain')], livePosts: posts };
const slugs = (list: { slug: string }[]) => list.map((p) => p.slug);

describe('a view’s live posts', () => {
  it('readers see the public posts of a public story, newest first, the pinned one in its place', () => {
    const readers = viewOf(content, readerAudience(now));
    expect(slugs(readers.livePosts('storm'))).toEqual(['second', 'first']);
  });

  it('readers see no posts of a story they cannot see, nor of a story that does not exist', () => {
    const readers = viewOf(content, readerAudience(now));
    expect(readers.livePosts('quiet')).toEqual([]);
    expect(readers.livePosts('nowhere')).toEqual([]);
  });

  it('preview sees every post, drafts and scheduled ones, of every story', () => {
    const preview = viewOf(content);
    expect(slugs(preview.livePosts('storm'))).toEqual(['later', 'draft', 'second', 'first']);
    expect(slugs(preview.livePosts('quiet'))).toEqual(['one']);
  });

  it('a scheduled post appears at its time, without a reload of the content', () => {
    // One index, as a server keeps it: the public set cached for the first reader ends at the post's time.
    const index = buildIndex([], [], content.articles, [], undefined, posts);
    const readersAt = (iso: string) => createContentView(index, readerAudience(at(iso))).livePosts('storm');
    expect(slugs(readersAt('2026-11-25T12:00:00Z'))).toEqual(['second', 'first']);
    expect(slugs(readersAt('2026-11-25T12:59:59Z'))).toEqual(['second', 'first']);
    expect(slugs(readersAt('2026-11-25T13:00:00Z'))).toEqual(['later', 'second', 'first']);
  });
});

describe('breaking stories', () => {
  it('are the visible stories flagged breaking, newest first', () => {
    const older = articleStub('older', { breaking: true, publishedAt: at('2026-11-24T08:00:00Z') });
    const hidden = articleStub('hidden', { breaking: true, status: 'draft' });
    const readers = viewOf({ articles: [older, live, hidden, articleStub('plain')] }, readerAudience(now));
    expect(slugs(readers.breakingStories())).toEqual(['storm', 'older']);
    expect(slugs(viewOf({ articles: [older, hidden] }).breakingStories())).toEqual(['older', 'hidden']);
  });
});

describe('one story’s preview', () => {
  const draft = articleStub('harbour-wall', { status: 'draft' });
  const otherDraft = articleStub('secret-plan', { status: 'draft' });
  const scheduled = articleStub('later', { publishedAt: at('2026-11-26T08:00:00Z') });
  const draftLive = articleStub('storm-draft', { format: 'live', status: 'draft' });
  const view = viewOf(
    {
      articles: [draft, otherDraft, scheduled, draftLive, articleStub('public-one')],
      livePosts: [livePostStub('storm-draft', 'p1'), livePostStub('storm-draft', 'p2', { status: 'draft' })],
      problems: [
        { file: 'content/articles/harbour-wall.mdx', line: 1, column: 1, severity: 'warning', message: 'a' },
        { file: 'content/articles/secret-plan.mdx', line: 2, column: 1, severity: 'warning', message: 'b' },
      ],
    },
    { now, preview: true, story: 'harbour-wall' },
  );

  it('sees what is public and that story, no other draft or scheduled story', () => {
    expect(view.articles.map((a) => a.slug).sort()).toEqual(['harbour-wall', 'public-one']);
    expect(view.article('harbour-wall')?.slug).toBe('harbour-wall');
    expect(view.article('secret-plan')).toBeUndefined();
    expect(view.article('later')).toBeUndefined();
    expect(view.article('storm-draft')).toBeUndefined();
  });

  it('sees only its own file’s problems', () => {
    expect(view.problems.map((p) => p.message)).toEqual(['a']);
  });

  it('sees every post of its own live story, including drafts', () => {
    const live = viewOf(
      {
        articles: [draftLive],
        livePosts: [livePostStub('storm-draft', 'p1'), livePostStub('storm-draft', 'p2', { status: 'draft' })],
      },
      { now, preview: true, story: 'storm-draft' },
    );
    expect(
      live
        .livePosts('storm-draft')
        .map((p) => p.slug)
        .sort(),
    ).toEqual(['p1', 'p2']);
  });
});

describe('a story’s byline and section', () => {
  const avatar = { src: '/images/a.jpg', alt: '', width: 1, height: 1 };
  const author = (slug: string, name: string): Author => ({
    slug,
    name,
    file: '',
    role: '',
    bio: '',
    avatar,
    links: [],
  });
  const view = viewOf({
    authors: [author('ada-vell', 'Ada Vell'), author('ines-karr', 'Ines Karr')],
    sections: [sectionStub('city')],
  });

  it('are the indexed author and section', () => {
    expect(view.knownAuthor('ines-karr').name).toBe('Ines Karr');
    expect(view.knownSection('city').slug).toBe('city');
  });

  it('fail loudly on a slug the cross-check should have refused', () => {
    expect(() => view.knownAuthor('nobody')).toThrow('No author "nobody" in the content index');
    expect(() => view.knownSection('sport')).toThrow('No section "sport" in the content index');
  });
});
