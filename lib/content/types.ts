import type { z } from 'zod';
import type {
  articleSchema,
  authorSchema,
  imageSchema,
  livePostSchema,
  PublisherRole,
  sectionSchema,
  updateSchema,
} from './schema';

/** The app's types are the schemas' output plus what loading adds (slug, file, sizes, text). */
export type ImageRef = z.infer<typeof imageSchema> & { width: number; height: number };

export type Section = z.infer<typeof sectionSchema> & { slug: string; file: string; intro: string };

export type Author = Omit<z.infer<typeof authorSchema>, 'avatar'> & {
  slug: string;
  file: string;
  avatar: z.infer<typeof authorSchema>['avatar'] & { width: number; height: number };
  bio: string;
};

export interface Topic {
  slug: string;
  name: string;
}

export type ArticleUpdate = z.infer<typeof updateSchema>;

export type Article = Omit<z.infer<typeof articleSchema>, 'tags' | 'image'> & {
  slug: string;
  file: string;
  /** The whole file: MDX is compiled from it so error positions match the file. */
  source: string;
  body: string;
  /** The latest update, or publishedAt when the story was never revised. `updates` is newest first. */
  modifiedAt: Date;
  topics: Topic[];
  image?: ImageRef;
  /** Pixel sizes of the images `<Figure>` uses in the body, so they render without layout shift. */
  figureSizes: Record<string, { width: number; height: number }>;
  /** The body's readable text, from its syntax tree (computed on first use). */
  plainText: string;
  wordCount: number;
  readingMinutes: number;
};

/** Path of an article on the site. */
export function articlePath(article: Pick<Article, 'section' | 'slug'>): string {
  return `/${article.section}/${article.slug}`;
}

/** One post of a live story (`content/live/<story>/<slug>.mdx`). */
export type LivePost = Omit<z.infer<typeof livePostSchema>, 'authors' | 'image'> & {
  /** The live story's slug. */
  story: string;
  slug: string;
  file: string;
  /** The whole file: MDX is compiled from it so error positions match the file. */
  source: string;
  body: string;
  /** The post's own authors, or the story's when the post names none. */
  authors: string[];
  image?: ImageRef;
  figureSizes: Record<string, { width: number; height: number }>;
  /** The body's readable text, from its syntax tree (computed on first use). */
  plainText: string;
};

/** A post's permalink: it keeps working however many posts come after it. */
export function livePostPath(story: Pick<Article, 'section' | 'slug'>, post: Pick<LivePost, 'slug'>): string {
  return `${articlePath(story)}/posts/${post.slug}`;
}

/** A standards page (`content/pages/<slug>.mdx`), served at /about/<slug>. */
export interface StandardsPage {
  slug: string;
  file: string;
  title: string;
  description: string;
  /** The publisher properties this page answers for, e.g. correctionsPolicy. */
  roles: PublisherRole[];
  /** The whole file: MDX is compiled from it so error positions match the file. */
  source: string;
  body: string;
}

export function standardsPagePath(page: Pick<StandardsPage, 'slug'>): string {
  return `/about/${page.slug}`;
}
