import type {
  ArticleFrontmatter,
  AuthorFrontmatter,
  ImageFrontmatter,
  LivePostFrontmatter,
  PageFrontmatter,
  SectionFrontmatter,
} from './schema';

/** The app's types are the schemas' output plus what loading adds (slug, file, sizes, text). */
export type ImageRef = ImageFrontmatter & { width: number; height: number };

export type Section = SectionFrontmatter & { slug: string; file: string; intro: string };

export type Author = Omit<AuthorFrontmatter, 'avatar'> & {
  slug: string;
  file: string;
  avatar: AuthorFrontmatter['avatar'] & { width: number; height: number };
  bio: string;
};

export interface Topic {
  slug: string;
  name: string;
}

export type ArticleUpdate = ArticleFrontmatter['updates'][number];

/** A file whose body the site compiles as MDX. */
interface MdxFile {
  slug: string;
  file: string;
  /** The whole file: MDX is compiled from it so error positions match the file. */
  source: string;
  body: string;
}

export type Article = Omit<ArticleFrontmatter, 'tags' | 'image'> &
  MdxFile & {
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
export type LivePost = Omit<LivePostFrontmatter, 'authors' | 'image'> &
  MdxFile & {
    /** The live story's slug. */
    story: string;
    /** The post's own authors, or the story's when the post names none. */
    authors: string[];
    image?: ImageRef;
    figureSizes: Article['figureSizes'];
    plainText: string;
  };

/** A post's permalink: it keeps working however many posts come after it. */
export function livePostPath(story: Pick<Article, 'section' | 'slug'>, post: Pick<LivePost, 'slug'>): string {
  return `${articlePath(story)}/posts/${post.slug}`;
}

/** A standards page (`content/pages/<slug>.mdx`), served at /about/<slug>. */
export type StandardsPage = PageFrontmatter & MdxFile;

export function standardsPagePath(page: Pick<StandardsPage, 'slug'>): string {
  return `/about/${page.slug}`;
}
