import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { allowedAttribute, allowedElement, isSafeUrl, isUrlAttribute, isVoidElement } from '@/lib/mdx/storyMarkup';

export interface UnsafeMarkup {
  /** 1-based, relative to the body. */
  line: number;
  column: number;
  message: string;
}

const EXPRESSION =
  'MDX {expressions} are disabled for safety and would be dropped; write the text literally ' +
  '(escape a brace as \\{) or use a string prop like caption="…"';
const UNSAFE_URL = 'only http:, https:, mailto:, relative and #fragment URLs are allowed';

/**
 * Everything in a story body outside the story allowlist (lib/mdx/storyMarkup.ts, which the
 * renderer enforces too): elements and attributes it does not list, unsafe URLs in them and in
 * Markdown links, images and link definitions, expressions and import/export.
 */
export function findUnsafeMarkup(tree: Root): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  const report = (node: Node, message: string): void => {
    found.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });
  };
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        return report(node, 'import/export is not allowed in content (it would be dropped); use the house components');
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return report(node, EXPRESSION);
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return checkElement(node, report);
      case 'link':
      case 'image':
      case 'definition':
        if (!isSafeUrl(node.url)) report(node, `${UNSAFE_URL}: "${printable(node.url)}"`);
        return;
      default:
    }
  });
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, report: (node: Node, message: string) => void) {
  const element = node.name === null ? null : allowedElement(node.name);
  if (!element) {
    const shown = node.name === null ? '<>' : `<${node.name}>`;
    return report(node, `raw ${shown} is not allowed in content; use Markdown, <Figure>, <PullQuote> or <Factbox>`);
  }
  if (isVoidElement(element) && node.children.length > 0)
    report(
      node,
      `<${node.name}> cannot have content: write it as <${node.name} /> (React would fail to render the page)`,
    );
  for (const attribute of node.attributes) {
    const at = attribute.position ? attribute : node;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(at, EXPRESSION);
      continue;
    }
    const property = allowedAttribute(element, attribute.name);
    if (!property) report(at, `attribute "${attribute.name}" is not allowed on <${node.name}>`);
    else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')
      report(at, EXPRESSION);
    else if (isUrlAttribute(property) && !isSafeUrl(attribute.value ?? ''))
      report(at, `${UNSAFE_URL}: ${attribute.name}="${printable(attribute.value ?? '')}"`);
  }
}

/** Control characters shown as code points, so the message shows what the browser would ignore. */
function printable(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
