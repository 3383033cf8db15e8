import { LineCounter, parseDocument, isNode } from 'yaml';

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
  const lines = source.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      positionOf: () => ({ line: 1, column: 1 }),
      yamlErrors: [{ message: 'file must start with a "---" line opening the YAML frontmatter', position: { line: 1, column: 1 } }],
    };
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) {
    return {
      data: undefined,
      body: '',
      bodyLine: lines.length + 1,
      positionOf: () => ({ line: 1, column: 1 }),
      yamlErrors: [{ message: 'frontmatter is never closed: add a "---" line after the last field', position: { line: 1, column: 1 } }],
    };
  }
  const yamlText = lines.slice(1, end).join('\n');
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
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    positionOf,
    yamlErrors: doc.errors.map((e) => ({
      message: `YAML: ${e.message.split('\n')[0]}`,
      position: toFilePosition(e.pos[0]),
    })),
  };
}
