import type { Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * A story body as a Markdown syntax tree (MDX flavour, as the renderer reads it), so text, word
 * counts, figures and unsafe-markup checks all read one structure instead of each its own regular
 * expressions. Positions are relative to the body. Throws a VFileMessage (with `line` and
 * `column`) on an MDX syntax error.
 */
export function parseBodyTree(body: string): Root {
  return parser.parse(body);
}

/**
 * The body's blocks that can hold markup (components, braces, import/export, links with a script
 * scheme or an entity), parsed as one tree with positions in the body; plain prose is skipped.
 * Parsing costs milliseconds a body, too much for every story at load (10,000 stories: ~40 s),
 * and the checks need only these blocks. A component whose tags span blank lines is kept whole.
 * Throws like parseBodyTree; a chunk that fails alone is parsed again with the whole body, so
 * only a real syntax error throws.
 */
export function parseMarkupTree(body: string): Root {
  const masked = markupOnly(body);
  if (masked === null) return { type: 'root', children: [] };
  try {
    return parser.parse(masked);
  } catch {
    return parseBodyTree(body);
  }
}

const MAY_HOLD_MARKUP = /[<{}]|^\s*(?:import|export)\s|\]\(|\]:/m;
const RISKY_LINK = /\]\(|\]:/;
const SCHEME_OR_ENTITY = /(?:javascript|vbscript|data)\s*:|&[#a-z]/i;
const FENCE = /^\s*(```|~~~)/;
const TAG = /<(\/?)[A-Za-z][^<>]*?(\/?)>/g;

function needsParse(block: string): boolean {
  if (!MAY_HOLD_MARKUP.test(block)) return false;
  if (/[<{}]|^\s*(?:import|export)\s/m.test(block)) return true;
  return RISKY_LINK.test(block) && SCHEME_OR_ENTITY.test(block);
}

/** Open minus closed component tags: above zero, the component continues past a blank line. */
function openTags(block: string): number {
  let open = 0;
  for (const [, closing, selfClosing] of block.matchAll(TAG)) if (!selfClosing) open += closing ? -1 : 1;
  return open;
}

/**
 * The body with every block that needs no parse blanked out (lines kept, so positions hold); null if nothing is left.
 */
function markupOnly(body: string): string | null {
  const lines = body.split('\n');
  const blocks: { start: number; end: number }[] = [];
  let fence: string | null = null;
  let start = -1;
  lines.forEach((line, i) => {
    const fenceMark = FENCE.exec(line)?.[1];
    if (fenceMark) fence = fence === null ? fenceMark : fence === fenceMark ? null : fence;
    if (!fence && !fenceMark && line.trim() === '') {
      if (start !== -1) blocks.push({ start, end: i });
      start = -1;
    } else if (start === -1) start = i;
  });
  if (start !== -1) blocks.push({ start, end: lines.length });

  const keep = new Array<boolean>(lines.length).fill(false);
  let any = false;
  const text = (b: { start: number; end: number }) => lines.slice(b.start, b.end).join('\n');
  for (let i = 0; i < blocks.length; i++) {
    const first = blocks[i]!;
    if (!needsParse(text(first))) continue;
    let open = openTags(text(first));
    let last = first;
    while (open > 0 && i + 1 < blocks.length) {
      last = blocks[++i]!;
      open += openTags(text(last));
    }
    keep.fill(true, first.start, last.end);
    any = true;
  }
  return any ? lines.map((line, i) => (keep[i] ? line : '')).join('\n') : null;
}

const BLOCK_BREAK = '\n\n';
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell']);

/** Component props a reader sees as text: a figure's caption, a pull quote's speaker, a fact box's title. */
const TEXT_PROPS = new Set(['caption', 'by', 'title']);

/**
 * What a reader reads: text, inline code, the text inside components and their visible text props; no code or
 * expressions.
 */
export function plainText(tree: Root, { props = true } = {}): string {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode') out.push(node.value);
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const a of props ? node.attributes : [])
        if (a.type === 'mdxJsxAttribute' && TEXT_PROPS.has(a.name) && typeof a.value === 'string')
          out.push(`${a.value} `);
      for (const child of node.children) walk(child as Nodes);
      if (node.type === 'mdxJsxFlowElement' && out.length && out[out.length - 1] !== BLOCK_BREAK) out.push(BLOCK_BREAK);
    } else if (node.type === 'break') out.push('\n');
    else if ('children' in node) {
      for (const child of node.children) walk(child as Nodes);
      if (BLOCKS.has(node.type) && out.length && out[out.length - 1] !== BLOCK_BREAK) out.push(BLOCK_BREAK);
    }
  };
  walk(tree);
  return out.join('').trim();
}

export interface FigureRef {
  src: string;
  /** 1-based, relative to the body. */
  line: number;
  column: number;
}

/** Every `<Figure src="…">` in the body, in order, where it starts. */
export function figuresOf(tree: Root): FigureRef[] {
  const found: FigureRef[] = [];
  const walk = (node: Nodes) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') {
      const src = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
      if (typeof src === 'string') {
        const start = node.position?.start ?? { line: 1, column: 1 };
        found.push({ src, line: start.line, column: start.column });
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return found;
}

/**
 * Whitespace-separated tokens with a letter or digit in them: one pass over the characters instead
 * of a Unicode regex and an array of every word.
 */
export function countWords(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) counted = false;
      else if (!counted && ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) {
        count++;
        counted = true;
      }
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    if (char.length === 2) i++;
    if (WHITESPACE.test(char)) counted = false;
    else if (!counted && WORD_CHAR.test(char)) {
      count++;
      counted = true;
    }
  }
  return count;
}

const WHITESPACE = /^\s$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
