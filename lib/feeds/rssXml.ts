import { escapeXml } from '@/lib/seo/escapeXml';
import type { FeedEntry, StoryFeed } from './storyFeed';

/** RSS reads `<description>` as HTML, so plain text is escaped for HTML before it is escaped for XML. */
const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * RSS 2.0. Titles are plain text; bylines are `dc:creator` (RSS's own `author` must be an email
 * address); `atom:updated` carries the last update, which RSS has no element for.
 */
export function rssXml(feed: StoryFeed): string {
  const image =
    `<url>${escapeXml(feed.logoUrl)}</url><title>${escapeXml(feed.title)}</title>` +
    `<link>${escapeXml(feed.pageUrl)}</link>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.pageUrl)}</link>
    <description>${escapeXml(asHtml(feed.subtitle))}</description>
    <language>${escapeXml(feed.language)}</language>
    <copyright>${escapeXml(feed.rights)}</copyright>
    <lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate>
    <generator>${escapeXml(feed.generator)}</generator>
    <docs>https://www.rssboard.org/rss-specification</docs>
    <image>${image}</image>
    <atom:link href="${escapeXml(feed.rssUrl)}" rel="self" type="application/rss+xml"/>
${feed.entries.map(rssItem).join('')}  </channel>
</rss>
`;
}

function rssItem(entry: FeedEntry): string {
  const creators = entry.authors.map((a) => `      <dc:creator>${escapeXml(a.name)}</dc:creator>\n`);
  const categories = entry.categories.map(
    (c) => `      <category domain="${escapeXml(c.scheme)}">${escapeXml(c.label)}</category>\n`,
  );
  return `    <item>
      <title>${escapeXml(entry.title)}</title>
      <link>${escapeXml(entry.url)}</link>
      <guid isPermaLink="${entry.id ? 'false' : 'true'}">${escapeXml(entry.id ?? entry.url)}</guid>
      <pubDate>${entry.published.toUTCString()}</pubDate>
      <atom:updated>${entry.updated.toISOString()}</atom:updated>
${creators.join('')}${categories.join('')}      <description>${escapeXml(asHtml(entry.summary))}</description>
    </item>
`;
}
