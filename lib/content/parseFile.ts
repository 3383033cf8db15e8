import type { Root } from 'mdast';
import { type FigureRef, figuresOf, parseBodyTree, parseMarkupTree } from '@/lib/text/bodyTree';
import { type ParsedSource, parseSource } from './frontmatter';
import { memoPerFile, type SourceFile } from './sourceCache';
import { findUnsafeMarkup, type UnsafeMarkup } from './unsafeMarkup';

/** An MDX syntax error, placed like an unsafe-markup finding: 1-based, relative to the body. */
export type SyntaxError = UnsafeMarkup;

/** What the checks read from the body's tree; small, so it is kept with the file while the tree is not. */
export type BodyMarkup = { figures: FigureRef[]; unsafe: UnsafeMarkup[] } | { syntaxError: SyntaxError };

export interface ParsedFile extends SourceFile {
  parsed: ParsedSource;
  /** The body's markup, from its syntax tree: figures and unsafe markup, or the MDX syntax error. */
  markup: () => BodyMarkup;
  /**
   * The whole body's tree, built on each call (callers keep what they derive, not the tree). The
   * first call takes the blocks the markup check parsed from its tree instead of parsing them again;
   * a later one builds a markup tree afresh, which costs little when its components are written.
   */
  bodyTree: () => Root | SyntaxError;
}

/** Stage 2: frontmatter split from the body, once per file read (a cached file keeps its parse). */
export const parseFile = memoPerFile((file: SourceFile): ParsedFile => {
  const parsed = parseSource(file.source);
  let markup: BodyMarkup | undefined;
  /** Kept from the markup check until the whole tree is built: a few nodes a story. */
  let markupTree: Root | undefined;
  return {
    ...file,
    parsed,
    markup: () => {
      if (!markup) {
        const tree = treeOrError(parsed.body, parseMarkupTree);
        if ('type' in tree) markupTree = tree;
        markup = 'type' in tree ? { figures: figuresOf(tree), unsafe: findUnsafeMarkup(tree) } : { syntaxError: tree };
      }
      return markup;
    },
    bodyTree: () => {
      const tree = treeOrError(parsed.body, (body) => parseBodyTree(body, markupTree ?? parseMarkupTree(body)));
      markupTree = undefined;
      return tree;
    },
  };
});

function treeOrError(body: string, parse: (body: string) => Root): Root | SyntaxError {
  try {
    return parse(body);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = e.reason ?? e.message ?? 'the body is not valid MDX';
    // An unclosed component's exact place is only in the text (its line and column are the paragraph's): "…
    // (3:1-3:23)".
    const inText = / \((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    return {
      line: inText ? Number(inText[1]) : (e.line ?? 1),
      column: inText ? Number(inText[2]) : (e.column ?? 1),
      message: inText ? reason.replace(inText[0], '') : reason,
    };
  }
}
