import { atomXml } from './atomXml';
import { rssXml } from './rssXml';
import type { StoryFeed } from './storyFeed';

/** The files every feed base serves. */
export const FEED_FILES = ['rss.xml', 'atom.xml'] as const;

/** `rss.xml` or `atom.xml` of a feed; any other file name is a 404. */
export function serveFeed(file: string, feed: StoryFeed): Response {
  if (file === 'rss.xml') return xml(rssXml(feed), 'application/rss+xml');
  if (file === 'atom.xml') return xml(atomXml(feed), 'application/atom+xml');
  return new Response('Not found\n', { status: 404 });
}

const xml = (body: string, type: string) =>
  new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
