import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';
import type { StoryCount } from './viewWindow';

/** How many stories "Most read" lists. */
export const MOST_READ_LENGTH = 10;

interface MostReadOptions {
  /** Only this section's stories (its front). */
  section?: string;
  /** Not the story the reader is on. */
  except?: string;
}

/**
 * The most read stories that this view shows (the content door: a story made private since it was counted drops
 * out), most read first.
 */
export function mostReadStories(
  counts: StoryCount[],
  view: Pick<ContentView, 'article'>,
  { section, except }: MostReadOptions = {},
): Article[] {
  const stories: Article[] = [];
  for (const { slug } of counts) {
    const story = slug === except ? undefined : view.article(slug);
    if (story && (!section || story.section === section)) stories.push(story);
    if (stories.length === MOST_READ_LENGTH) break;
  }
  return stories;
}
