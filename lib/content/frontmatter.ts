import { LineCounter, parse, parseDocument, isNode } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedSource {
  data: unknown;
  body: string;
  /** 1-based line on which the body starts in the file. */
  bodyLine: number;
  /** Where a frontmatter field (by path) is written; falls back to the frontmatter start. */
  positionOf: (path: readonly PropertyKey[]) => Position;
  yamlErrors: { message: string; position: Position }[];
}

const FENCE = /^---\s*$/;

/** Splits `---` YAML frontmatter from an MDX body, keeping source positions for error messages. */
export function parseSource(source: string): ParsedSource {
  // Only the frontmatter is split into lines: bodies are long and need no splitting here.
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(source.slice(3));
  const lines = (close ? source.slice(0, close.index + 3 + close[0].length) : source).split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      positionOf: () => ({ line: 1, column: 1 }),
      yamlErrors: [{ message: 'file must start with a "---" line opening the YAML frontmatter', position: { line: 1, column: 1 } }],
    };
  }
  const end = close ? lines.findIndex((line, i) => i > 0 && FENCE.test(line)) : -1;
  if (end === -1) {
    return {
      data: undefined,
      body: '',
      bodyLine: source.split('\n').length + 1,
      positionOf: () => ({ line: 1, column: 1 }),
      yamlErrors: [{ message: 'frontmatter is never closed: add a "---" line after the last field', position: { line: 1, column: 1 } }],
    };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const body = source.slice(close!.index + 3 + close![0].length);
  // Fast path: plain parse. Positions (the slow document parse) only when something is wrong.
  let fast: unknown;
  try {
    fast = parse(yamlText, { uniqueKeys: true });
  } catch {
    fast = FAILED;
  }
  let positioned: ReturnType<typeof positionedParse> | undefined;
  const located = () => (positioned ??= positionedParse(yamlText));
  if (fast !== FAILED) {
    return { data: fast, body, bodyLine: end + 2, positionOf: (path) => located().positionOf(path), yamlErrors: [] };
  }
  const { doc, positionOf, toFilePosition } = located();
  return {
    data: undefined,
    body,
    bodyLine: end + 2,
    positionOf,
    yamlErrors: doc.errors.map((e) => ({
      message: `YAML: ${e.message.split('\n')[0]}`,
      position: toFilePosition(e.pos[0]),
    })),
  };
}

const FAILED = Symbol('yaml failed');

function positionedParse(yamlText: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFilePosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  const positionOf = (path: readonly PropertyKey[]): Position => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return toFilePosition(node.range[0]);
    }
    return { line: 2, column: 1 };
  };
  return { doc, positionOf, toFilePosition };
}
