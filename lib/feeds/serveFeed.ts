import { xmlResponse } from '@/lib/seo/xmlResponse';
import { atomXml } from './atomXml';
import { rssXml } from './rssXml';
import type { StoryFeed } from './storyFeed';

/** The files every feed base serves. */
export const FEED_FILES = ['rss.xml', 'atom.xml'] as const;

/** `rss.xml` or `atom.xml` of a feed; any other file name is a 404. */
export function serveFeed(file: string, feed: StoryFeed): Response {
  if (file === 'rss.xml') return xmlResponse(rssXml(feed), 'application/rss+xml');
  if (file === 'atom.xml') return xmlResponse(atomXml(feed), 'application/atom+xml');
  return new Response('Not found\n', { status: 404 });
}
