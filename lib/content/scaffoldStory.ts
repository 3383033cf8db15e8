import { topicSlug } from './slug';

export interface StoryRequest {
  section: string;
  title: string;
  author: string;
  now: Date;
  /** Slugs already taken, by articles or by their redirects. */
  taken: ReadonlySet<string>;
}

const MAX_SLUG_WORDS = 8;

/** A new draft: a unique slug from the headline and a file that passes the content check. */
export function scaffoldStory({ section, title, author, now, taken }: StoryRequest): { slug: string; text: string } {
  const base = topicSlug(title).split('-').slice(0, MAX_SLUG_WORDS).join('-') || 'untitled-story';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  const publishedAt = `${now.toISOString().slice(0, 19)}+00:00`;
  const text = `---
title: ${JSON.stringify(title)}
dek: "One or two sentences: what happened and why it matters."
section: ${section}
authors: [${author}]
publishedAt: "${publishedAt}"
status: draft
tags: []
# image:
#   src: /images/stories/${slug}.jpg
#   alt: "What the picture shows"
#   caption: "Caption."
#   credit: "Photograph: Name"
---

Write the story here. Use \`## Subheads\` to break it up.
`;
  return { slug, text };
}
