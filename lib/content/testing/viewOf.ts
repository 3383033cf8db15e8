import { buildIndex } from '../buildIndex';
import { type ContentView, createContentView } from '../contentView';
import type { ContentProblem } from '../problem';
import type { Article, Author, LivePost, Section, StandardsPage } from '../types';
import { type Audience, previewAudience } from '../visibility';

interface Content {
  articles?: Article[];
  sections?: Section[];
  authors?: Author[];
  problems?: ContentProblem[];
  livePosts?: LivePost[];
  pages?: StandardsPage[];
}

/**
 * A view over hand-made content for pure-function tests; by default it sees everything, as preview does. `publicView`
 * stands in for the site's reader view that a preview indexes against.
 */
export function viewOf(
  content: Content,
  audience: Audience = previewAudience(),
  publicView?: () => ContentView,
): ContentView {
  const index = buildIndex(
    content.sections ?? [],
    content.authors ?? [],
    content.articles ?? [],
    content.problems ?? [],
    { pages: content.pages ?? [], roles: new Map() },
    content.livePosts ?? [],
  );
  return createContentView(index, audience, publicView);
}

export function sectionStub(slug: string): Section {
  return { slug, file: `content/sections/${slug}.mdx`, title: slug, description: '', order: 1, intro: '' };
}
