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
  kind: 'update' | 'correction';
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

/** Path of an article on the site. */
export function articlePath(article: Pick<Article, 'section' | 'slug'>): string {
  return `/${article.section}/${article.slug}`;
}
