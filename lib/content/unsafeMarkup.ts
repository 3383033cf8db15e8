import type { Nodes, Root } from 'mdast';

export interface UnsafeMarkup {
  /** 1-based, relative to the body. */
  line: number;
  column: number;
  message: string;
}

const ESM = 'import/export is not allowed in content (it would be silently dropped); use the built-in components';
const EXPRESSION =
  'MDX {expressions} are disabled for safety and would be dropped; write the text literally (escape a brace as \\{) or use a string prop like width="600"';
const HANDLER = 'event handler attributes (on...=) are not allowed in content';
const URL = 'javascript:, data: and vbscript: URLs are not allowed; link to an http(s) or site path';
const BLOCKED = /^(?:script|iframe|object|embed|style|link|meta|base|form)$/i;
const UNSAFE_URL = /^\s*(?:javascript|data|vbscript):/i;

/** Finds markup that would run code or break the page. Code blocks and inline code are text in the tree. */
export function findUnsafeMarkup(tree: Root): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  const report = (node: { position?: { start: { line: number; column: number } } }, message: string) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    found.push({ line: start.line, column: start.column, message });
  };
  const walk = (node: Nodes) => {
    if (node.type === 'mdxjsEsm') report(node, ESM);
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') report(node, EXPRESSION);
    else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      if (UNSAFE_URL.test(node.url)) report(node, URL);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name && BLOCKED.test(node.name))
        report(node, `raw <${node.name}> is not allowed in content; use <Figure>, <PullQuote> or <Factbox>`);
      for (const attribute of node.attributes) {
        const at = attribute.position ? attribute : node;
        if (attribute.type === 'mdxJsxExpressionAttribute' || typeof attribute.value === 'object')
          report(at, EXPRESSION);
        else if (/^on[a-z]+$/i.test(attribute.name)) report(at, HANDLER);
        else if (/^(?:href|src)$/i.test(attribute.name) && UNSAFE_URL.test(attribute.value ?? '')) report(at, URL);
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
