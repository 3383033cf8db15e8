import { countWords, plainText } from '@/lib/text/bodyTree';
import type { ValidLivePost } from './crossCheck';
import type { ImageSizeOf } from './imageSizes';
import type { ParsedFile } from './parseFile';
import type { ContentProblem, Severity } from './problem';
import type { ArticleFrontmatter, AuthorFrontmatter, ImageFrontmatter, SectionFrontmatter } from './schema';
import { memoPerFile } from './sourceCache';
import type { Article, Author, LivePost, Section, Topic } from './types';
import type { Valid } from './validate';

const WORDS_PER_MINUTE = 230;

/** The body's text from its whole tree (about a tenth of a millisecond a story, see lib/text/bodyTree.ts). */
function textOf(file: ParsedFile, props: boolean): string {
  const tree = file.bodyTree();
  return 'type' in tree ? plainText(tree, { props }) : file.parsed.body;
}

/** Kept with the parsed file, so a reload after a publish re-derives only the files that changed. */
const bodyTextOf = memoPerFile((file: ParsedFile) => textOf(file, true));

/**
 * Reading time counts the prose; captions and quote credits are searchable but not read through. Only a story's own
 * page reads it, while search and related read every text, so it comes from a tree of its own on first use.
 */
const wordCountOf = memoPerFile((file: ParsedFile) => countWords(textOf(file, false)));

/** What every file the site compiles as MDX carries from its source (types.ts, MdxFile). */
export const mdxFileOf = ({ slug, file, source, parsed }: ParsedFile) => ({ slug, file, source, body: parsed.body });

export interface Enriched<T> {
  value: T | undefined;
  problems: ContentProblem[];
}

export function enrichSection({ file, data }: Valid<SectionFrontmatter>): Section {
  return { slug: file.slug, file: file.file, ...data, intro: file.parsed.body.trim() };
}

/** Stage 5 for authors: the avatar's pixel size, so it renders without layout shift. */
export function enrichAuthor(
  { file, data, severity }: Valid<AuthorFrontmatter>,
  sizeOf: ImageSizeOf,
): Enriched<Author> {
  const problems: ContentProblem[] = [];
  const avatar = sizedImage(file, 'avatar', data.avatar, severity, sizeOf, problems);
  if (!avatar) return { value: undefined, problems };
  return { value: { slug: file.slug, file: file.file, ...data, avatar, bio: file.parsed.body.trim() }, problems };
}

export interface EnrichedArticle extends Enriched<Article> {
  /**
   * An MDX syntax error is reported but does not take the story out: its page fails to compile the
   * same way and shows the error page, and the build fails on the error either way.
   */
  syntaxProblems: ContentProblem[];
}

/**
 * Stage 5 for articles: image and figure sizes, the body's markup findings, and the derived fields.
 * The whole body's tree is built on first use of `plainText` or `wordCount`, not at load: a server
 * renders a few pages, not all 10,000 bylines (and only blocks the markup check did not parse are parsed then).
 */
export function enrichArticle(
  { file, data, severity }: Valid<ArticleFrontmatter>,
  topics: Topic[],
  sizeOf: ImageSizeOf,
): EnrichedArticle {
  const { image, figureSizes, problems, syntaxProblems } = imageAndBody(file, data.image, severity, sizeOf);
  const { tags: _tags, image: _image, ...fields } = data;
  const updates = [...data.updates].sort((a, b) => b.at.getTime() - a.at.getTime());
  const article: Article = {
    ...fields,
    ...mdxFileOf(file),
    modifiedAt: updates[0]?.at ?? data.publishedAt,
    topics,
    image,
    updates,
    figureSizes,
    get plainText() {
      return bodyTextOf(file);
    },
    get wordCount() {
      return wordCountOf(file);
    },
    get readingMinutes() {
      return Math.max(1, Math.round(this.wordCount / WORDS_PER_MINUTE));
    },
  };
  return { value: article, problems, syntaxProblems };
}

/**
 * Stage 5 for live posts: the same image and figure sizes and markup findings as a story, and the
 * story's authors when the post names none.
 */
export function enrichLivePost(
  { file, data, severity, story }: ValidLivePost,
  storyAuthors: string[],
  sizeOf: ImageSizeOf,
): Enriched<LivePost> {
  const { image, figureSizes, problems, syntaxProblems } = imageAndBody(file, data.image, severity, sizeOf);
  const post: LivePost = {
    ...data,
    story,
    ...mdxFileOf(file),
    authors: data.authors ?? storyAuthors,
    image,
    figureSizes,
    get plainText() {
      return bodyTextOf(file);
    },
  };
  return { value: post, problems: [...problems, ...syntaxProblems] };
}

/** The image with its pixel size, or undefined and a problem at its `src` when it is missing or not an image. */
function sizedImage<T extends { src: string }>(
  file: ParsedFile,
  field: string,
  image: T,
  severity: Severity,
  sizeOf: ImageSizeOf,
  problems: ContentProblem[],
): (T & { width: number; height: number }) | undefined {
  const size = sizeOf(image.src);
  if (size) return { ...image, ...size };
  const { line, column } = file.parsed.positionOf([field, 'src']);
  const message = `image "${image.src}" was not found or is not an image: add it as public${image.src}`;
  problems.push({ file: file.file, line, column, severity, field: `${field}.src`, message });
}

/** The frontmatter image's size, the body's unsafe markup and figure sizes at their lines, or its MDX syntax error. */
function imageAndBody(file: ParsedFile, image: ImageFrontmatter | undefined, severity: Severity, sizeOf: ImageSizeOf) {
  const problems: ContentProblem[] = [];
  const sized = image && sizedImage(file, 'image', image, severity, sizeOf, problems);
  const figureSizes: Article['figureSizes'] = {};
  const at = (line: number, column: number, message: string): ContentProblem => ({
    file: file.file,
    line: file.parsed.bodyLine + line - 1,
    column,
    severity,
    message,
  });
  const markup = file.markup();
  if ('syntaxError' in markup) {
    const { line, column, message } = markup.syntaxError;
    return { image: sized, problems, figureSizes, syntaxProblems: [at(line, column, `MDX: ${message}`)] };
  }
  for (const unsafe of markup.unsafe) problems.push(at(unsafe.line, unsafe.column, unsafe.message));
  for (const figure of markup.figures) {
    const size = sizeOf(figure.src);
    const missing = `<Figure src="${figure.src}"> was not found: add it under public/images/`;
    if (size) figureSizes[figure.src] = size;
    else problems.push(at(figure.line, figure.column, missing));
  }
  return { image: sized, problems, figureSizes, syntaxProblems: [] };
}
