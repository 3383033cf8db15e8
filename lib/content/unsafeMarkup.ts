export interface UnsafeMarkup {
  /** 1-based, relative to the body. */
  line: number;
  column: number;
  message: string;
}

const RULES: { pattern: RegExp; message: string }[] = [
  {
    pattern: /^\s*(?:import|export)\s/,
    message: 'import/export is not allowed in content (it would be silently dropped); use the built-in components',
  },
  {
    pattern: /<\s*(script|iframe|object|embed|style|link|meta|base|form)\b/i,
    message: 'raw <$1> is not allowed in content; use <Figure>, <PullQuote> or <Factbox>',
  },
  { pattern: /\son[a-z]+\s*=/i, message: 'event handler attributes (on...=) are not allowed in content' },
  {
    pattern: /(?:href|src)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i,
    message: 'javascript:, data: and vbscript: URLs are not allowed; link to an http(s) or site path',
  },
  {
    pattern: /\]\(\s*<?\s*(?:javascript|data|vbscript):/i,
    message: 'javascript:, data: and vbscript: URLs are not allowed; link to an http(s) or site path',
  },
  {
    pattern: /\{[^}]*\}/,
    message:
      'MDX {expressions} are disabled for safety and would be dropped; write the text literally (escape a brace as \\{) or use a string prop like width="600"',
  },
];

/**
 * Every rule needs one of these: a brace, a tag, an attribute's "=", a link's "](" or a leading
 * import/export. String searches are far cheaper than a regex over long prose lines.
 */
function mightBeUnsafe(line: string): boolean {
  return (
    line.includes('<') || line.includes('{') || line.includes('=') || line.includes('](') || LEADING_IMPORT.test(line)
  );
}
const LEADING_IMPORT = /^\s*(?:import|export)\s/;

/** Finds markup that would run code or break the page, outside code blocks and inline code. */
export function findUnsafeMarkup(body: string): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  let fence: string | null = null;
  body.split('\n').forEach((rawLine, i) => {
    const fenceMatch = /^\s*(```|~~~)/.exec(rawLine);
    if (fenceMatch) {
      fence = fence === null ? fenceMatch[1]! : fence === fenceMatch[1] ? null : fence;
      return;
    }
    if (fence) return;
    // Most lines are plain prose: skip them before running every rule.
    if (!mightBeUnsafe(rawLine)) return;
    const line = rawLine.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length)).replace(/\\[{}]/g, '  ');
    for (const rule of RULES) {
      const m = rule.pattern.exec(line);
      if (m) found.push({ line: i + 1, column: m.index + 1, message: rule.message.replace('$1', m[1] ?? '') });
    }
  });
  return found;
}
