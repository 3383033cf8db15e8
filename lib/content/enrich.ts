import { countWords, plainText } from '@/lib/text/bodyTree';
import type { ImageSizeOf } from './imageSizes';
import type { ParsedFile } from './parseFile';
import type { ContentProblem, Severity } from './problem';
import type { ArticleFrontmatter, AuthorFrontmatter, SectionFrontmatter } from './schema';
import { memoPerFile } from './sourceCache';
import type { Article, Author, Section, Topic } from './types';
import type { Valid } from './validate';

const WORDS_PER_MINUTE = 230;

/**
 * The body's text and word count, from its whole tree (a few tenths of a millisecond a story: the
 * tree takes the blocks the load's markup check parsed, see lib/text/bodyTree.ts). Kept with the
 * parsed file, so a reload after a publish re-derives only the files that changed.
 */
const bodyTextOf = memoPerFile((file: ParsedFile) => {
  const tree = file.bodyTree();
  const text = 'type' in tree ? plainText(tree) : file.parsed.body;
  // Reading time counts the prose; captions and quote credits are searchable but not read through.
  const words = countWords('type' in tree ? plainText(tree, { props: false }) : text);
  return { text, words };
});

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
  const size = sizeOf(data.avatar.src);
  if (!size) return { value: undefined, problems: [missingImage(file, 'avatar', data.avatar.src, severity)] };
  const author = { slug: file.slug, file: file.file, ...data, avatar: { ...data.avatar, ...size } };
  return { value: { ...author, bio: file.parsed.body.trim() }, problems: [] };
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
  const problems: ContentProblem[] = [];
  const syntaxProblems: ContentProblem[] = [];
  const atBody = (line: number) => file.parsed.bodyLine + line - 1;
  let image: Article['image'];
  if (data.image) {
    const size = sizeOf(data.image.src);
    if (size) image = { ...data.image, ...size };
    else problems.push(missingImage(file, 'image', data.image.src, severity));
  }
  const figureSizes: Article['figureSizes'] = {};
  const markup = file.markup();
  if ('syntaxError' in markup) {
    const { line, column, message } = markup.syntaxError;
    syntaxProblems.push({ file: file.file, line: atBody(line), column, severity, message: `MDX: ${message}` });
  } else {
    for (const unsafe of markup.unsafe)
      problems.push({
        file: file.file,
        line: atBody(unsafe.line),
        column: unsafe.column,
        severity,
        message: unsafe.message,
      });
    for (const figure of markup.figures) {
      const size = sizeOf(figure.src);
      if (size) figureSizes[figure.src] = size;
      else
        problems.push({
          file: file.file,
          line: atBody(figure.line),
          column: figure.column,
          severity,
          message: `<Figure src="${figure.src}"> was not found: add it under public/images/`,
        });
    }
  }
  const { tags: _tags, image: _image, ...fields } = data;
  const updates = [...data.updates].sort((a, b) => b.at.getTime() - a.at.getTime());
  const article: Article = {
    ...fields,
    slug: file.slug,
    file: file.file,
    source: file.source,
    body: file.parsed.body,
    modifiedAt: updates[0]?.at ?? data.publishedAt,
    topics,
    image,
    updates,
    figureSizes,
    get plainText() {
      return bodyTextOf(file).text;
    },
    get wordCount() {
      return bodyTextOf(file).words;
    },
    get readingMinutes() {
      return Math.max(1, Math.round(this.wordCount / WORDS_PER_MINUTE));
    },
  };
  return { value: article, problems, syntaxProblems };
}

function missingImage(file: ParsedFile, field: string, src: string, severity: Severity): ContentProblem {
  const { line, column } = file.parsed.positionOf([field, 'src']);
  return {
    file: file.file,
    line,
    column,
    severity,
    field: `${field}.src`,
    message: `image "${src}" was not found or is not an image: add it as public${src}`,
  };
}
