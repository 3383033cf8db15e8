/**
 * A remark plugin, defence in depth behind the content checker: MDX compiles lowercase JSX such
 * as <script> to real elements (component overrides do not apply to JSX written in MDX), so
 * hostile elements, on* handlers and script URLs are taken out of the tree before compiling.
 */
interface Node {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const BLOCKED_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'frame',
  'frameset',
  'applet',
  'svg',
  'math',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset']);
const UNSAFE_URL = /^\s*(?:javascript|data|vbscript):/i;

const isJsx = (node: Node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function clean(node: Node): void {
  if (!node.children) return;
  node.children = node.children.filter(
    (child) => !(isJsx(child) && child.name && BLOCKED_ELEMENTS.has(child.name.toLowerCase())),
  );
  for (const child of node.children) {
    if (isJsx(child) && child.attributes) {
      child.attributes = child.attributes.filter((attr) => {
        if (attr.type !== 'mdxJsxAttribute' || !attr.name) return false; // spread attributes carry JS
        if (/^on/i.test(attr.name)) return false;
        return !(
          URL_ATTRIBUTES.has(attr.name.toLowerCase()) &&
          typeof attr.value === 'string' &&
          UNSAFE_URL.test(attr.value)
        );
      });
    }
    if (
      (child.type === 'link' || child.type === 'image' || child.type === 'definition') &&
      child.url &&
      UNSAFE_URL.test(child.url)
    )
      child.url = '';
    clean(child);
  }
}

export function remarkInertContent() {
  return (tree: Node) => clean(tree);
}
