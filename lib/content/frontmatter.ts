import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isNode, LineCounter, parseDocument } from 'yaml';

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
  if (!FENCE.test(lines[0] ?? ''))
    return unparsed(source, 1, 'file must start with a "---" line opening the YAML frontmatter');
  const end = close ? lines.findIndex((line, i) => i > 0 && FENCE.test(line)) : -1;
  const unclosed = 'frontmatter is never closed: add a "---" line after the last field';
  if (end === -1) return unparsed('', source.split('\n').length + 1, unclosed);
  const yamlText = lines.slice(1, end).join('\n');
  const body = source.slice(close!.index + 3 + close![0].length);
  // Data comes from js-yaml (core schema: no implicit dates), about fifteen times faster than a
  // positioned parse; `yaml`'s document parse runs only to say where a mistake is.
  let data: unknown;
  let failure: YAMLException | undefined;
  try {
    data = load(yamlText, { schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    failure = error;
  }
  let positioned: ReturnType<typeof positionedParse> | undefined;
  const located = () => (positioned ??= positionedParse(yamlText));
  if (!failure) {
    return { data, body, bodyLine: end + 2, positionOf: (path) => located().positionOf(path), yamlErrors: [] };
  }
  const { doc, positionOf, toFilePosition } = located();
  const yamlErrors = doc.errors.map((e) => ({
    message: `YAML: ${e.message.split('\n')[0]}`,
    position: toFilePosition(e.pos[0]),
  }));
  // The two parsers agree on real frontmatter; should only js-yaml object, its own message and mark are used.
  if (!yamlErrors.length)
    yamlErrors.push({
      message: `YAML: ${failure.reason}`,
      position: { line: failure.mark.line + 2, column: failure.mark.column + 1 },
    });
  return { data: undefined, body, bodyLine: end + 2, positionOf, yamlErrors };
}

/** A file whose frontmatter cannot be found: one problem, at the top of the file. */
function unparsed(body: string, bodyLine: number, message: string): ParsedSource {
  const top = () => ({ line: 1, column: 1 });
  return { data: undefined, body, bodyLine, positionOf: top, yamlErrors: [{ message, position: top() }] };
}

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
