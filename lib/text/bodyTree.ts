import type { BlockContent, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Point, Position } from 'unist';

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * A story body as a Markdown syntax tree (MDX flavour, as the renderer reads it), so text, word counts, figures and
 * unsafe-markup checks all read one structure instead of each its own regular expressions. Positions are relative to
 * the body. Throws a VFileMessage (with `line` and `column`) on an MDX syntax error.
 *
 * The tree is the one remark builds from the whole body (bodyTree.test.ts compares the two node for node, positions
 * included, over a generated newsroom and every fixture), built several times faster. remark costs about a microsecond
 * a character (~2 ms a 1,000-word story, 20 s for 10,000), and most of a story is paragraphs and subheads of plain
 * words. A block of words only (no character that starts Markdown or MDX syntax, no line that could start another
 * block) can only become a paragraph or a heading holding one text node, so that node is written here (and a one-line
 * paragraph whose only syntax is links of words to plain destinations, its links too). The blocks `markupTree` (this
 * body's parseMarkupTree, made at load for the checks) already holds are taken from it, so no block is parsed twice;
 * the rest go through remark in one parse.
 *
 * Parts parsed apart must not meet: the markup tree's blocks are reused only where nothing parsed next to them could
 * run into them (reusableMarkup), and the whole body is parsed instead when a parsed node spans a block taken from
 * elsewhere, ends where blocks were left out or holds JavaScript (reachesInto, parseRanges).
 */
export function parseBodyTree(body: string, markupTree?: Root): Root {
  const source = linesOf(body);
  const blocks = blocksOf(source);
  const words = blocks.map((block) => wordsOnlyNode(source, block));
  const reused = markupTree ? reusableMarkup(source, blocks, words, markupTree) : { spans: [], nodes: [] };
  const inReused = spanMembership(blocks, reused.spans);
  const written = words.filter((node, i): node is RootContent => node !== null && !inReused[i]);
  const rest = blocks.filter((_, i) => words[i] === null && !inReused[i]);
  if (written.length === 0 && reused.nodes.length === 0) return parser.parse(body);
  let parsed: RootContent[] | null = [];
  try {
    if (rest.length) parsed = parseRanges(source, withGaps(source, rest));
  } catch {
    parsed = null;
  }
  const elsewhere = [...written.map((node) => lineRange(node)), ...reused.spans].sort((x, y) => x.start - y.start);
  // The whole body's parse also throws its syntax error where it is.
  if (!parsed || reachesInto(parsed, elsewhere)) return parser.parse(body);
  return {
    type: 'root',
    children: [...parsed, ...written, ...reused.nodes].sort(byLine),
    position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(source) },
  };
}

/**
 * The body's blocks that can hold markup (components, braces, import/export, links to a scheme the renderer drops or
 * with an entity), parsed as one tree with positions in the body; plain prose is skipped. Parsing costs about a
 * microsecond a character, too much for every whole story at load, and the checks need only these blocks. A component
 * whose tags span blank lines is kept whole; components in the shapes stories use are written, not parsed
 * (writtenComponent). Throws like parseBodyTree; a chunk that fails alone, or whose parse reaches over a written
 * component, is parsed again with the whole body, so only a real syntax error throws.
 */
export function parseMarkupTree(body: string): Root {
  const source = linesOf(body);
  const spans = markupSpans(source);
  if (spans.length === 0) return { type: 'root', children: [] };
  const written = spans.map((span) => writtenComponent(source, span));
  const rest = spans.filter((_, i) => !written[i]);
  try {
    const parsed = rest.length ? parseRanges(source, withGaps(source, rest)) : [];
    const writtenSpans = spans.filter((_, i) => written[i]);
    if (parsed && !reachesInto(parsed, writtenSpans)) {
      const children = [...parsed, ...written.filter((node) => node !== null)].sort(byLine);
      const tree: Root = { type: 'root', children };
      spansOfMarkupTree.set(tree, spans);
      return tree;
    }
  } catch {}
  return parseBodyTree(body);
}

/** The spans each markup tree was parsed from, for parseBodyTree to reuse its nodes (a fallback tree has none). */
const spansOfMarkupTree = new WeakMap<Root, Range[]>();

interface Lines {
  body: string;
  lines: string[];
  /** Offset of each line's first character in the body. */
  starts: number[];
}

/** Lines `start` (0-based) up to `end`, exclusive. */
interface Range {
  start: number;
  end: number;
}

function linesOf(body: string): Lines {
  const lines = body.split('\n');
  let offset = 0;
  const starts = lines.map((line) => {
    const start = offset;
    offset += line.length + 1;
    return start;
  });
  return { body, lines, starts };
}

function endOf({ body, lines }: Lines): Point {
  // split() makes at least one line.
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1, offset: body.length };
}

/** The item at `i`, which the caller's bounds guarantee: a RangeError, not an `undefined` read on, if they do not. */
function itemAt<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new RangeError(`no item ${i} in a list of ${list.length}`);
  return item;
}

/** Every node the parser makes, and every node written here, has a position. */
function positionOf(node: Nodes): Position {
  if (!node.position) throw new Error(`a ${node.type} node without a position`);
  return node.position;
}

/** As the parser sees a blank line: spaces and tabs only. */
const BLANK = /^[ \t]*$/;

/**
 * Runs of non-blank lines: Markdown's blocks, before it knows what each one is. With `fenced`, a fenced
 * code block is one block even across blank lines.
 */
function blocksOf({ lines }: Lines, within: Range = { start: 0, end: lines.length }, fenced = false): Range[] {
  const blocks: Range[] = [];
  let fence: string | null = null;
  let start = -1;
  for (let i = within.start; i < within.end; i++) {
    const line = itemAt(lines, i);
    const fenceMark = fenced ? FENCE.exec(line)?.[1] : undefined;
    if (fenceMark) fence = fence === null ? fenceMark : fence === fenceMark ? null : fence;
    if (!fence && BLANK.test(line)) {
      if (start !== -1) blocks.push({ start, end: i });
      start = -1;
    } else if (start === -1) start = i;
  }
  if (start !== -1) blocks.push({ start, end: within.end });
  return blocks;
}

/**
 * Characters that start inline syntax in MDX (escapes, code, emphasis, links and images, JSX, expressions, character
 * references) or that the parser rewrites or counts apart (NUL, CR, a byte-order mark, tabs).
 */
const INLINE_SYNTAX = /[\\`*_[\]<>{}&\0\r\t\ufeff]/;
/**
 * A line that could start or continue a block other than a paragraph (indentation, list and quote
 * markers, headings, fences, rules, setext underlines, components, expressions, import/export).
 */
const MAY_START_BLOCK = /^(?:[\s\-+*#>=_`~<{|]|\d{1,9}[.)]|(?:import|export)\s)/;
/** An ATX heading of words only, one space after its marks. */
const WORDS_HEADING = /^(#{1,6}) ([^\s#][^#]*)$/;

/** The node remark makes of a block of words only (a paragraph, or a one-line heading); null for any other block. */
function wordsOnlyNode(source: Lines, { start, end }: Range): RootContent | null {
  const { body, lines, starts } = source;
  if (end === start + 1 && itemAt(lines, start).includes('](')) return linkedWords(source, start);
  for (let i = start; i < end; i++) {
    const line = itemAt(lines, i);
    // Whitespace that ends a line makes a hard break (the last character is tested: `\s$` would scan the line).
    if (INLINE_SYNTAX.test(line) || isWhitespace(line.at(-1))) return null;
    if (MAY_START_BLOCK.test(line) && !(end === start + 1 && WORDS_HEADING.test(line))) return null;
  }
  const last = itemAt(lines, end - 1);
  const position: Position = {
    start: { line: start + 1, column: 1, offset: itemAt(starts, start) },
    end: { line: end, column: last.length + 1, offset: itemAt(starts, end - 1) + last.length },
  };
  const heading = end === start + 1 ? WORDS_HEADING.exec(last) : null;
  if (heading) {
    const [, marks = '', words = ''] = heading;
    const textStart = { line: end, column: marks.length + 2, offset: itemAt(starts, start) + marks.length + 1 };
    return {
      type: 'heading',
      depth: marks.length as 1 | 2 | 3 | 4 | 5 | 6,
      children: [{ type: 'text', value: words, position: { start: textStart, end: { ...position.end } } }],
      position,
    };
  }
  const text = { start: { ...position.start }, end: { ...position.end } };
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: body.slice(position.start.offset, position.end.offset), position: text }],
    position,
  };
}

/** An inline link of words to a plain destination (no space, parenthesis, escape or entity): `[words](/path)`. */
const LINK = /\[([^\s[\]](?:[^[\]]*[^\s[\]])?)\]\(([\w/.:?#=%+~-]+)\)/g;

/** A one-line paragraph of words and links of words (`[our report](/city/x)`), as remark makes it; else null. */
function linkedWords(source: Lines, i: number): Paragraph | null {
  const line = itemAt(source.lines, i);
  if (line.includes('![') || MAY_START_BLOCK.test(line) || isWhitespace(line.at(-1))) return null;
  if (INLINE_SYNTAX.test(line.replace(LINK, '$1'))) return null;
  const at = (from: number, to: number): Position => ({
    start: point(source, i, from + 1),
    end: point(source, i, to + 1),
  });
  const text = (from: number, to: number): Text => ({
    type: 'text',
    value: line.slice(from, to),
    position: at(from, to),
  });
  const children: PhrasingContent[] = [];
  let done = 0;
  for (const link of line.matchAll(LINK)) {
    if (link.index > done) children.push(text(done, link.index));
    const [whole, linked = '', url = ''] = link;
    done = link.index + whole.length;
    const words = text(link.index + 1, link.index + 1 + linked.length);
    children.push({ type: 'link', title: null, url, children: [words], position: at(link.index, done) });
  }
  if (done < line.length) children.push(text(done, line.length));
  return { type: 'paragraph', children, position: at(0, line.length) };
}

const byLine = (x: RootContent, y: RootContent) => positionOf(x).start.line - positionOf(y).start.line;

const point = ({ starts }: Lines, line: number, column: number): Point => ({
  line: line + 1,
  column,
  offset: itemAt(starts, line) + column - 1,
});

/** A tag alone on its line, its attributes `name="value"` with values remark keeps as written (no entity or brace). */
const TAG_LINE = /^<([A-Za-z][A-Za-z0-9]*)((?: [A-Za-z][A-Za-z0-9]*="[^"&<>{}\\\0-\x1f]*")*)( \/)?>(.*)$/;
const ATTRIBUTE = / ([A-Za-z][A-Za-z0-9]*)="([^"]*)"/g;

/**
 * The node remark makes of a component in the shapes stories use, written here like blocks of words:
 * a self-closing tag alone on its line (`<Figure … />`), a one-line element around words (a paragraph:
 * `<PullQuote …>…</PullQuote>`), or an opening and a closing tag each alone in their block around
 * blocks of words or a list of words (`<Factbox …>`). Null for any other span; those are parsed.
 * Parsing costs most at load for these (a component and its list, ~0.5 ms a story).
 */
function writtenComponent(source: Lines, span: Range): RootContent | null {
  const { lines } = source;
  const [tag, name, attributeText, selfClosing, after] = TAG_LINE.exec(itemAt(lines, span.start)) ?? [];
  if (!tag || !name || attributeText === undefined || after === undefined) return null;
  const at = (line: number, column: number) => point(source, line, column);
  const attributes = [...attributeText.matchAll(ATTRIBUTE)].map(
    ({ 0: whole, 1: attribute = '', 2: value = '', index }): MdxJsxAttribute => ({
      type: 'mdxJsxAttribute',
      name: attribute,
      value,
      position: {
        start: at(span.start, name.length + 3 + index),
        end: at(span.start, name.length + 2 + index + whole.length),
      },
    }),
  );
  const last = itemAt(lines, span.end - 1);
  const position = () => ({ start: at(span.start, 1), end: at(span.end - 1, last.length + 1) });
  const close = `</${name}>`;
  if (span.end === span.start + 1) {
    if (selfClosing)
      return after ? null : { type: 'mdxJsxFlowElement', name, attributes, children: [], position: position() };
    const words = after.endsWith(close) ? after.slice(0, -close.length) : '';
    if (!words || INLINE_SYNTAX.test(words) || isWhitespace(words[0]) || isWhitespace(words.at(-1))) return null;
    const textEnd = last.length - close.length + 1;
    const text: Text = {
      type: 'text',
      value: words,
      position: { start: at(span.start, textEnd - words.length), end: at(span.start, textEnd) },
    };
    return {
      type: 'paragraph',
      children: [{ type: 'mdxJsxTextElement', name, attributes, children: [text], position: position() }],
      position: position(),
    };
  }
  // Blocks of words or a list between an opening and a closing tag, each alone in its block.
  if (selfClosing || after || last !== close || BLANK.test(itemAt(lines, span.start + 1)) === false) return null;
  if (!BLANK.test(itemAt(lines, span.end - 2))) return null;
  const inner = blocksOf(source, { start: span.start + 1, end: span.end - 1 });
  const children = inner.map((block) => wordsOnlyNode(source, block) ?? wordsList(source, block));
  // Two lists apart make one list spread over both.
  if (children.some((node, i) => !node || (node.type === 'list' && children[i - 1]?.type === 'list'))) return null;
  return { type: 'mdxJsxFlowElement', name, attributes, children: children as BlockContent[], position: position() };
}

/** A tight list of one-line items of words only (`- words`), as remark makes it; null for anything else. */
function wordsList(source: Lines, { start, end }: Range): List | null {
  const items: ListItem[] = [];
  for (let i = start; i < end; i++) {
    const line = itemAt(source.lines, i);
    const words = line.slice(2);
    if (!line.startsWith('- ') || !words || INLINE_SYNTAX.test(words) || MAY_START_BLOCK.test(words)) return null;
    if (isWhitespace(words.at(-1))) return null;
    const paragraph = { start: point(source, i, 3), end: point(source, i, line.length + 1) };
    const text: Text = {
      type: 'text',
      value: words,
      position: { start: { ...paragraph.start }, end: { ...paragraph.end } },
    };
    items.push({
      type: 'listItem',
      spread: false,
      checked: null,
      children: [{ type: 'paragraph', children: [text], position: paragraph }],
      position: { start: point(source, i, 1), end: point(source, i, line.length + 1) },
    });
  }
  const [first, last] = [items[0], items.at(-1)];
  if (!first || !last) return null;
  const position = { start: { ...positionOf(first).start }, end: { ...positionOf(last).end } };
  return { type: 'list', ordered: false, start: null, spread: false, children: items, position };
}

/**
 * The lines to parse for `ranges` (in body order): where only blank lines separate two ranges, they stay as they are (a
 * fenced code block may hold them); where blocks were left out, one blank line stands for them.
 */
function withGaps({ lines }: Lines, ranges: Range[]): Range[] {
  return ranges.map((range, i) => {
    const next = ranges[i + 1];
    let end = range.end;
    while (end < lines.length && end !== next?.start && BLANK.test(itemAt(lines, end))) end++;
    return { start: range.start, end: end === next?.start ? end : Math.min(range.end + 1, lines.length) };
  });
}

/** Nodes whose JavaScript (estree) positions count from the start of what was parsed. */
const JAVASCRIPT = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/**
 * The top-level nodes of `ranges` of the body parsed as one text, with positions mapped back to the body. Null when the
 * parse may differ from the same blocks' in the whole body: a node still open where blocks were left out (an unclosed
 * fence), JavaScript (expressions, import/export, expression attributes), whose own positions would not map, or a
 * byte-order mark, which the parser drops at the start of a text.
 */
function parseRanges({ lines, starts }: Lines, ranges: Range[]): RootContent[] | null {
  const text: string[] = [];
  /** Body line (0-based) of each parsed line. */
  const lineOf: number[] = [];
  /** Parsed lines (1-based) that stand for blocks left out. */
  const gaps = new Set<number>();
  ranges.forEach(({ start, end }, r) => {
    for (let i = start; i < end; i++) {
      text.push(itemAt(lines, i));
      lineOf.push(i);
    }
    if (end < lines.length && ranges[r + 1]?.start !== end) gaps.add(text.length);
  });
  if (text[0]?.startsWith('\ufeff')) return null;
  const tree = parser.parse(text.join('\n'));
  const map = (position: Position | undefined) => {
    if (!position) return;
    for (const point of [position.start, position.end]) {
      point.line = itemAt(lineOf, point.line - 1) + 1;
      point.offset = itemAt(starts, point.line - 1) + point.column - 1;
    }
  };
  const walk = (node: Nodes) => {
    map(node.position);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      for (const attribute of node.attributes) map(attribute.position);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  if (tree.children.some((child) => gaps.has(positionOf(child).end.line) || holdsJavaScript(child))) return null;
  for (const child of tree.children) walk(child);
  return tree.children;
}

/** The lines (0-based, end exclusive) a node stands on. */
function lineRange(node: RootContent): Range {
  const { start, end } = positionOf(node);
  return { start: start.line - 1, end: end.line };
}

/** Whether a parsed node reaches over lines taken from elsewhere (sorted): then the parse saw a different document. */
function reachesInto(parsed: RootContent[], elsewhere: Range[]): boolean {
  let e = 0;
  for (const node of parsed) {
    const { start, end } = lineRange(node);
    let next = elsewhere[e];
    while (next && next.end <= start) next = elsewhere[++e];
    if (next && next.start < end) return true;
  }
  return false;
}

/** For each block, whether it lies in one of the (sorted) spans. */
function spanMembership(blocks: Range[], spans: Range[]): boolean[] {
  let s = 0;
  return blocks.map((block) => {
    let span = spans[s];
    while (span && span.end <= block.start) span = spans[++s];
    return span !== undefined && span.start <= block.start;
  });
}

/**
 * After a blank line, only an indented line or a list item can carry on a block above it (a list):
 * any other line starts afresh, so blocks on either side of the blank line can be parsed apart.
 */
const MAY_CONTINUE_A_LIST = /^(?:\s|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$))/;

/**
 * The spans of the markup tree (as parseMarkupTree chose them for this body) whose nodes can stand in the whole tree as
 * they are, and those nodes. None when the body may define a link reference (a reference resolves across the whole
 * body) or a node is not inside one span or holds JavaScript (the markup parse fell back or its positions would not
 * hold). A span is kept only when it is made of whole blocks and cannot meet the blocks parsed apart next to it: the
 * later of the two must start afresh, unless the other is a block of words.
 */
function reusableMarkup(
  source: Lines,
  blocks: Range[],
  words: (RootContent | null)[],
  markupTree: Root,
): { spans: Range[]; nodes: RootContent[] } {
  const none = { spans: [], nodes: [] };
  const spans = spansOfMarkupTree.get(markupTree);
  if (!spans || source.body.includes(']:')) return none;
  const owner = (node: RootContent) => {
    const { start, end } = lineRange(node);
    return spans.find((span) => span.start <= start && end <= span.end);
  };
  const owners = markupTree.children.map(owner);
  if (owners.includes(undefined) || markupTree.children.some(holdsJavaScript)) return none;
  const startsFresh = (block: Range | undefined) =>
    block !== undefined && !MAY_CONTINUE_A_LIST.test(itemAt(source.lines, block.start));
  const kept = spans.filter((span) => {
    const first = blocks.findIndex((block) => block.start === span.start);
    const last = blocks.findIndex((block) => block.end === span.end);
    if (first === -1 || last === -1) return false;
    const before = first === 0 || words[first - 1] !== null || startsFresh(blocks[first]);
    const after = last === blocks.length - 1 || words[last + 1] !== null || startsFresh(blocks[last + 1]);
    return before && after;
  });
  const keptSpans = new Set<Range | undefined>(kept);
  const nodes = markupTree.children.filter((_, i) => keptSpans.has(owners[i]));
  return { spans: kept, nodes };
}

function holdsJavaScript(node: Nodes): boolean {
  if (JAVASCRIPT.has(node.type)) return true;
  if (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    node.attributes.some((a) => a.type === 'mdxJsxExpressionAttribute' || typeof a.value === 'object')
  )
    return true;
  return 'children' in node && node.children.some((child) => holdsJavaScript(child as Nodes));
}

const BRACES_OR_TAGS = /[<{}]/;
const IMPORT_EXPORT = /^\s*(?:import|export)\s/m;
/**
 * A link or link definition to a scheme other than http:, https: or mailto: (the renderer drops it, so the checks
 * must report it), a script scheme anywhere in a link's block, or an entity that could hide one.
 */
const DROPPED_SCHEME = String.raw`<?(?!(?:https?|mailto):)[a-z][a-z\d+.-]*:`;
const RISKY_LINK = new RegExp(
  [
    String.raw`\]\(\s*${DROPPED_SCHEME}`, // [words](ftp:…)
    String.raw`^ {0,3}\[[^\]]+\]:\s*${DROPPED_SCHEME}`, // [ref]: tel:…
    String.raw`(?:javascript|vbscript|data)\s*:`,
    '&[#a-z]',
  ].join('|'),
  'im',
);
const FENCE = /^\s*(```|~~~)/;
const TAG = /<(\/?)[A-Za-z][^<>]*?(\/?)>/g;

/** Cheapest tests first: most blocks are prose, and this runs on every block of every story at load. */
function needsParse(block: string): boolean {
  if (BRACES_OR_TAGS.test(block)) return true;
  if ((block.includes('import') || block.includes('export')) && IMPORT_EXPORT.test(block)) return true;
  return (block.includes('](') || block.includes(']:')) && RISKY_LINK.test(block);
}

/** Open minus closed component tags: above zero, the component continues past a blank line. */
function openTags(block: string): number {
  let open = 0;
  for (const [, closing, selfClosing] of block.matchAll(TAG)) if (!selfClosing) open += closing ? -1 : 1;
  return open;
}

/** The stretches of the body that need a parse for the checks: blocks with markup, a component's blocks kept whole. */
function markupSpans(source: Lines): Range[] {
  const { body, lines, starts } = source;
  const blocks = blocksOf(source, undefined, true);
  const spans: Range[] = [];
  const text = (b: Range) => body.slice(starts[b.start], itemAt(starts, b.end - 1) + itemAt(lines, b.end - 1).length);
  for (let i = 0; i < blocks.length; i++) {
    const first = itemAt(blocks, i);
    if (!needsParse(text(first))) continue;
    let open = openTags(text(first));
    let last = first;
    while (open > 0 && i + 1 < blocks.length) {
      last = itemAt(blocks, ++i);
      open += openTags(text(last));
    }
    spans.push({ start: first.start, end: last.end });
  }
  return spans;
}

const BLOCK_BREAK = '\n\n';
/** Nodes that end a block of text; a component in flow holds blocks. */
const BLOCKS = new Set(
  'paragraph heading blockquote list listItem table tableRow tableCell mdxJsxFlowElement'.split(' '),
);

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
    else if (node.type === 'break') out.push('\n');
    else if ('children' in node) {
      if (props && (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'))
        for (const a of node.attributes)
          if (a.type === 'mdxJsxAttribute' && TEXT_PROPS.has(a.name) && typeof a.value === 'string')
            out.push(`${a.value} `);
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
    // Inside the string codePointAt always answers; c is its first unit.
    const char = String.fromCodePoint(text.codePointAt(i) ?? c);
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
const isWhitespace = (char: string | undefined) => char !== undefined && WHITESPACE.test(char);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
