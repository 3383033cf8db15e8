import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';
import { atomXml } from './atomXml';
import { rssXml } from './rssXml';
import { type FeedScope, storyFeed } from './storyFeed';

/** The files every feed base serves. */
export const FEED_FILES = ['rss.xml', 'atom.xml'] as const;

/** `rss.xml` or `atom.xml` of a list of public stories, newest first; any other file name is a 404. */
export function serveFeed(
  file: string,
  scope: FeedScope,
  articles: Article[],
  view: Pick<ContentView, 'author' | 'section'>,
): Response {
  if (file === 'rss.xml') return xml(rssXml(storyFeed(scope, articles, view)), 'application/rss+xml');
  if (file === 'atom.xml') return xml(atomXml(storyFeed(scope, articles, view)), 'application/atom+xml');
  return new Response('Not found\n', { status: 404 });
}

const xml = (body: string, type: string) =>
  new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
