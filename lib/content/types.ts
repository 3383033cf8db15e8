import type { ArticleFormat, PublisherRole } from './schema';

export interface ImageRef {
  src: string;
  alt: string;
  width: number;
  height: number;
  caption?: string;
  credit?: string;
}

export interface Section {
  slug: string;
  file: string;
  title: string;
  description: string;
  order: number;
  intro: string;
}

export interface Author {
  slug: string;
  file: string;
  name: string;
  role: string;
  avatar: ImageRef;
  links: { label: string; url: string }[];
  bio: string;
}

export interface Topic {
  slug: string;
  name: string;
}

export interface ArticleUpdate {
  at: Date;
  kind: 'update' | 'correction' | 'clarification';
  note: string;
}

export interface Article {
  slug: string;
  file: string;
  /** The whole file: MDX is compiled from it so error positions match the file. */
  source: string;
  body: string;
  title: string;
  dek: string;
  section: string;
  authors: string[];
  publishedAt: Date;
  /** The latest update, or publishedAt when the story was never revised. */
  modifiedAt: Date;
  status: 'published' | 'draft';
  /** news unless the editor says otherwise; decides the label and the schema.org subtype. */
  format: ArticleFormat;
  topics: Topic[];
  image?: ImageRef;
  /** Newest first. */
  updates: ArticleUpdate[];
  related: string[];
  redirectFrom: string[];
  /** Pixel sizes of the images `<Figure>` uses in the body, so they render without layout shift. */
  figureSizes: Record<string, { width: number; height: number }>;
  wordCount: number;
  readingMinutes: number;
  /** TEMPORARY: the door branch provides plainText. The body's readable text, for search and related ranking. */
  plainText: string;
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

/** Path of an article on the site. */
export function articlePath(article: Pick<Article, 'section' | 'slug'>): string {
  return `/${article.section}/${article.slug}`;
}

export function standardsPagePath(page: Pick<StandardsPage, 'slug'>): string {
  return `/about/${page.slug}`;
}
