import type { Schema } from 'hast-util-sanitize';

/**
 * The one allowlist of markup a story may contain, shared by the content checker
 * (lib/content/unsafeMarkup.ts) and the renderer (rehypeStoryAllowlist.ts): Markdown's own output
 * and the house components with their string props. Anything else is refused, not filtered.
 */
const HTML_ELEMENTS: Record<string, readonly string[]> = {
  p: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  strong: [],
  em: [],
  code: ['className'],
  pre: [],
  blockquote: [],
  ul: [],
  ol: ['start'],
  li: [],
  hr: [],
  br: [],
  a: ['href', 'title'],
  img: ['src', 'alt', 'title'],
};

/** Component names are JavaScript identifiers: they match exactly. */
const COMPONENTS: Record<string, readonly string[]> = {
  Figure: ['src', 'alt', 'caption', 'credit'],
  PullQuote: ['by'],
  Factbox: ['title'],
};

const URL_ATTRIBUTES = new Set(['href', 'src']);
/** React throws on content inside these, which would take the page down. */
const VOID_ELEMENTS = new Set(['br', 'hr', 'img']);

/** The name the renderer uses for an element a story wrote, or null when stories may not use it. */
export function allowedElement(name: string): string | null {
  if (Object.hasOwn(COMPONENTS, name)) return name;
  const html = name.toLowerCase();
  return Object.hasOwn(HTML_ELEMENTS, html) ? html : null;
}

/** The property name for an attribute of an allowed element (names compare case-insensitively), or null. */
export function allowedAttribute(element: string, name: string): string | null {
  const allowed = COMPONENTS[element] ?? HTML_ELEMENTS[element] ?? [];
  const wanted = name === 'class' ? 'classname' : name.toLowerCase();
  return allowed.find((a) => a.toLowerCase() === wanted) ?? null;
}

export function isVoidElement(element: string): boolean {
  return VOID_ELEMENTS.has(element);
}

export function isUrlAttribute(property: string): boolean {
  return URL_ATTRIBUTES.has(property);
}

const SAFE_SCHEME = /^(?:https?|mailto):/i;
// Browsers drop these anywhere in a URL's scheme (tab, newline) or before it (controls, space).
const IGNORED_BY_BROWSERS = /[\u0000-\u0020]/g;

/** http:, https:, mailto:, a relative URL or a #fragment; judged as a browser would read it. */
export function isSafeUrl(value: string): boolean {
  const url = value.replace(IGNORED_BY_BROWSERS, '');
  const scheme = /^[^/?#]*:/.exec(url);
  return !scheme || SAFE_SCHEME.test(url);
}

/** The same allowlist for hast-util-sanitize, the renderer's last pass. */
export const storySchema: Schema = {
  tagNames: [...Object.keys(HTML_ELEMENTS), ...Object.keys(COMPONENTS)],
  attributes: {
    ...Object.fromEntries(Object.entries({ ...HTML_ELEMENTS, ...COMPONENTS }).map(([k, v]) => [k, [...v]])),
    code: [['className', /^language-[\w-]+$/]],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
};
