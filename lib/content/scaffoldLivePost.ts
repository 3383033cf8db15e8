import { topicSlug } from './slug';
import type { Article } from './types';
import { isLive } from './visibility';

export interface LivePostRequest {
  /** The story as the preview view has it; undefined when there is no such story. */
  story: Pick<Article, 'slug' | 'format' | 'liveUntil'> | undefined;
  storySlug: string;
  title?: string;
  key: boolean;
  author?: string;
  /** Published at once (the next `npm run publish` shows it), or a draft. */
  publish: boolean;
  now: Date;
  /** Post slugs already in the story's folder. */
  taken: ReadonlySet<string>;
  /** Slugs of the live stories now running, to name them when the story is wrong. */
  liveStories: string[];
}

export type ScaffoldedPost = { ok: true; slug: string; text: string } | { ok: false; message: string };

const MAX_TITLE_WORDS = 6;

/** `20261126-0540`, then the title's first words: posts sort by name as they do by time. */
export function livePostSlug(now: Date, title?: string): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const words = title ? topicSlug(title).split('-').slice(0, MAX_TITLE_WORDS).join('-') : '';
  return words ? `${stamp}-${words}` : stamp;
}

/** A new post timestamped `now`, or why the story cannot take one. */
export function scaffoldLivePost(request: LivePostRequest): ScaffoldedPost {
  const { story, storySlug, title, key, author, publish, now, taken, liveStories } = request;
  const running = liveStories.join(', ') || '(none)';
  const fail = (message: string): ScaffoldedPost => ({ ok: false, message });
  if (!story) return fail(`There is no story "${storySlug}"; live stories now: ${running}`);
  if (story.format !== 'live')
    return fail(`"${storySlug}" is not a live story (format: ${story.format}); live stories now: ${running}`);
  if (!isLive(story, now))
    return fail(`"${storySlug}" ended at ${story.liveUntil!.toISOString()} (liveUntil): move liveUntil to post again`);
  if (key && !title?.trim()) return fail('A key event needs a title: add --title "…"');
  const base = livePostSlug(now, title);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  const lines = [
    `at: "${now.toISOString().slice(0, 19)}+00:00"`,
    ...(title ? [`title: ${JSON.stringify(title)}`] : []),
    ...(author ? [`authors: [${author}]`] : []),
    ...(key ? ['key: true'] : []),
    `status: ${publish ? 'published' : 'draft'}`,
  ];
  const text = `---\n${lines.join('\n')}\n---\n\nWrite the update here: short paragraphs, the newest facts first.\n`;
  return { ok: true, slug, text };
}
