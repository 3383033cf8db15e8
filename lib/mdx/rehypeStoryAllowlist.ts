import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { allowedAttribute, allowedElement, isSafeUrl, isUrlAttribute, isVoidElement, storySchema } from './storyMarkup';

type Node = Root | RootContent;
type Jsx = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/**
 * The renderer's half of the story allowlist, behind the content checker. MDX hands JSX written in a story
 * (`<a HREF=…>`, `<Figure …>`) to rehype as mdxJsx nodes, which React would render with any prop name and value;
 * here each becomes a plain hast element holding only allowed attributes with string values and safe URLs (and no
 * content in a void element), and hast-util-sanitize then drops everything the story schema does not list. What the
 * checker refuses can only ever render inert.
 */
export function rehypeStoryAllowlist() {
  return (tree: Root): Root => {
    const [converted] = convert(tree);
    return sanitize(converted as Root, storySchema) as Root;
  };
}

function convert(node: Node): Node[] {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return fromJsx(node);
  if (node.type === 'root' || node.type === 'element') {
    const children = node.children.flatMap(convert) as ElementContent[];
    return [{ ...node, children } as Node];
  }
  return [node];
}

function fromJsx(node: Jsx): Node[] {
  const tagName = node.name === null ? null : allowedElement(node.name);
  if (!tagName) return [];
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
    const property = allowedAttribute(tagName, attribute.name);
    if (!property || (isUrlAttribute(property) && !isSafeUrl(attribute.value))) continue;
    properties[property] = attribute.value;
  }
  const children = isVoidElement(tagName) ? [] : (node.children.flatMap(convert) as ElementContent[]);
  const element: Element = { type: 'element', tagName, properties, children, position: node.position };
  return [element];
}
