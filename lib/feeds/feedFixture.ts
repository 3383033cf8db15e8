import type { StoryFeed } from './storyFeed';

/** Text with every character XML and HTML treat specially, as an editor could type it. */
export const HOSTILE_TITLE = `Fish & <b>chips</b> "to go" 'now' ]]> &amp;`;
export const HOSTILE_TOPIC = `R&D <labs> "quoted" 'single'`;

/** A one-entry feed with literal URLs, so the writers' tests depend on nothing outside them. */
export function hostileFeed(): StoryFeed {
  return {
    title: `${HOSTILE_TOPIC} · Masthead`,
    subtitle: `Stories about ${HOSTILE_TOPIC}.`,
    pageUrl: 'https://news.example/topics/r-d',
    rssUrl: 'https://news.example/feeds/topics/r-d/rss.xml',
    atomUrl: 'https://news.example/feeds/topics/r-d/atom.xml',
    logoUrl: 'https://news.example/logo.png',
    iconUrl: 'https://news.example/icon.svg',
    language: 'en-GB',
    rights: '© Masthead',
    generator: 'Masthead',
    updated: new Date('2026-11-02T10:00:00Z'),
    entries: [
      {
        title: HOSTILE_TITLE,
        url: 'https://news.example/city/fish-and-chips?a=1&b=2',
        summary: `A dek with <i>markup</i> & "quotes"`,
        published: new Date('2026-11-01T09:00:00Z'),
        updated: new Date('2026-11-02T10:00:00Z'),
        authors: [{ name: `Ada "A&B" Vell`, url: 'https://news.example/authors/ada-vell' }],
        categories: [{ term: 'r-d', scheme: 'https://news.example/topics/', label: HOSTILE_TOPIC }],
      },
    ],
  };
}
