import { escapeXml } from '@/lib/seo/escapeXml';
import type { FeedEntry, StoryFeed } from './storyFeed';

/** Atom (RFC 4287). Titles and summaries are `type="text"`: a headline is never read as HTML. */
export function atomXml(feed: StoryFeed): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">
  <id>${escapeXml(feed.pageUrl)}</id>
  <title type="text">${escapeXml(feed.title)}</title>
  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>
  <updated>${feed.updated.toISOString()}</updated>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.atomUrl)}"/>
  <logo>${escapeXml(feed.logoUrl)}</logo>
  <icon>${escapeXml(feed.iconUrl)}</icon>
  <rights type="text">${escapeXml(feed.rights)}</rights>
  <generator>${escapeXml(feed.generator)}</generator>
${feed.entries.map(atomEntry).join('')}</feed>
`;
}

function atomEntry(entry: FeedEntry): string {
  const authors = entry.authors.map(
    (a) => `    <author><name>${escapeXml(a.name)}</name><uri>${escapeXml(a.url)}</uri></author>\n`,
  );
  const categories = entry.categories.map(
    (c) =>
      `    <category term="${escapeXml(c.term)}" scheme="${escapeXml(c.scheme)}" label="${escapeXml(c.label)}"/>\n`,
  );
  return `  <entry>
    <id>${escapeXml(entry.id ?? entry.url)}</id>
    <title type="text">${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <published>${entry.published.toISOString()}</published>
    <updated>${entry.updated.toISOString()}</updated>
${authors.join('')}${categories.join('')}    <summary type="text">${escapeXml(entry.summary)}</summary>
  </entry>
`;
}
