import fs from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { carriesFrameworkRuntime, stripFrameworkRuntime } from './stripFrameworkRuntime';

/**
 * Pages exactly as Next.js 16.4.6 rendered them for this app (an article and the 404 prerendered
 * by `next build`, the search page rendered per request). After an upgrade of Next.js, capture them
 * again (docs/operations.md, "Upgrading Next.js"): these tests then say whether the cut still finds the
 * runtime.
 */
const NEXT_VERSION = '16.4.6';
// Pages Next.js rendered, saved as they were sent. They are inputs to the cut, never served or set as HTML; the
// `dangerouslySetInnerHTML` in their RSC payload is the layout's constant theme script, serialised by React.
const fixture = (name: string) =>
  fs.readFileSync(new URL(`./testing/next-${NEXT_VERSION}/${name}.html`, import.meta.url), 'utf8');
const pages = { article: fixture('article'), notFound: fixture('not-found'), search: fixture('search') };

/** Each <script> and script hint as a short label, in document order. */
function scriptsOf(html: string): string[] {
  const document = parseDocument(html);
  return DomUtils.findAll((e) => e.name === 'script' || e.name === 'link', document.children)
    .filter((e) => e.name === 'script' || e.attribs.as === 'script' || e.attribs.rel === 'modulepreload')
    .map((e) => {
      if (e.name === 'link') return `link ${e.attribs.rel} ${e.attribs.as ?? ''} ${e.attribs.href}`.trim();
      if (e.attribs.src) return `script src=${e.attribs.src.replace(/chunks\/[\w-]+\.js$/, 'chunks/*.js')}`;
      const text = DomUtils.textContent(e);
      if (e.attribs.type) return `script type=${e.attribs.type}`;
      if (e.attribs['data-own-script']) return `script own=${e.attribs['data-own-script']}`;
      if (e.attribs.id) return `script id=${e.attribs.id}`;
      return text.includes('self.__next_f') ? 'script __next_f' : `script ${text.slice(0, 30)}`;
    });
}

/** The document without any <script> and script hint: what must survive the cut unchanged. */
function withoutScripts(html: string): string {
  const document = parseDocument(html);
  for (const e of DomUtils.findAll(
    (n) => n.name === 'script' || /preload|prefetch/.test(n.attribs.rel ?? ''),
    [document],
  ).filter((n) => n.name === 'script' || n.attribs.as === 'script'))
    DomUtils.removeElement(e);
  return DomUtils.getOuterHTML(document);
}

describe(`the framework's output (Next.js ${NEXT_VERSION}) these fixtures hold`, () => {
  it('is the installed version', () => {
    const installed = JSON.parse(fs.readFileSync('node_modules/next/package.json', 'utf8')).version;
    expect(installed, 'Next.js changed: capture the fixtures again (docs/operations.md, "Upgrading Next.js")').toBe(
      NEXT_VERSION,
    );
  });

  it('puts a script preload, the chunks and the Turbopack bootstrap around our scripts, then the RSC payload', () => {
    const chunk = 'script src=/_next/static/chunks/*.js';
    const preload = 'link preload script /_next/static/chunks/3y4ca8oyyc1c9.js';
    const bootstrap = ['script id=_R_', chunk];
    const payload = (n: number) => Array(n).fill('script __next_f');
    expect(scriptsOf(pages.article)).toEqual([
      preload,
      ...Array(6).fill(chunk),
      'script src=/islands/theme-toggle.js',
      'script src=/islands/share-actions.js',
      'script own=theme',
      chunk,
      'script type=application/ld+json',
      ...bootstrap,
      ...payload(7),
    ]);
    expect(scriptsOf(pages.search)).toEqual([
      preload,
      ...Array(5).fill(chunk),
      'script src=/islands/theme-toggle.js',
      'script own=theme',
      chunk,
      ...bootstrap,
      ...payload(2),
    ]);
    expect(scriptsOf(pages.notFound)).toEqual([
      preload,
      ...Array(6).fill(chunk),
      'script src=/islands/theme-toggle.js',
      'script own=theme',
      chunk,
      ...bootstrap,
      ...payload(4),
    ]);
  });
});

describe('stripFrameworkRuntime', () => {
  it('leaves an article only its islands, the theme script and its JSON-LD', () => {
    expect(scriptsOf(stripFrameworkRuntime(pages.article))).toEqual([
      'script src=/islands/theme-toggle.js',
      'script src=/islands/share-actions.js',
      'script own=theme',
      'script type=application/ld+json',
    ]);
  });

  it.each(['search', 'notFound'] as const)('leaves the %s page only the theme toggle and the theme script', (name) => {
    expect(scriptsOf(stripFrameworkRuntime(pages[name]))).toEqual([
      'script src=/islands/theme-toggle.js',
      'script own=theme',
    ]);
  });

  it.each(Object.keys(pages) as (keyof typeof pages)[])(
    'changes nothing else on the %s page, and cutting again changes nothing',
    (name) => {
      const stripped = stripFrameworkRuntime(pages[name]);
      expect(withoutScripts(stripped)).toBe(withoutScripts(pages[name]));
      expect(stripFrameworkRuntime(stripped)).toBe(stripped);
      expect(carriesFrameworkRuntime(pages[name])).toBe(true);
      expect(carriesFrameworkRuntime(stripped)).toBe(false);
    },
  );

  it('more than halves the article: the inline payload repeated the page', () => {
    const before = Buffer.byteLength(pages.article);
    const after = Buffer.byteLength(stripFrameworkRuntime(pages.article));
    expect(after / before).toBeLessThan(0.5);
  });

  it.each([
    ['a module preload', '<link rel="modulepreload" href="/_next/x.js">', ''],
    ['a script prefetch', '<link rel="prefetch" as="script" href="/x.js">', ''],
    [
      'a style preload',
      '<link rel="preload" as="style" href="/x.css">',
      '<link rel="preload" as="style" href="/x.css">',
    ],
    [
      'a font preload',
      '<link rel="preload" as="font" href="/f.woff2">',
      '<link rel="preload" as="font" href="/f.woff2">',
    ],
    ['a script from elsewhere', '<script src="https://cdn.example/x.js"></script>', ''],
    ['an inline script not marked as ours', '<script>alert(1)</script>', ''],
    ['capitals', '<SCRIPT SRC="/_next/static/chunks/a.js"></SCRIPT>', ''],
    ['markup-like text inside a script', '<script>self.__next_f.push(["</div><p>"])</script>', ''],
    [
      'JSON-LD',
      '<script type="application/ld+json">{"a":1}</script>',
      '<script type="application/ld+json">{"a":1}</script>',
    ],
    [
      'an island',
      '<script type="module" async src="/islands/x.js"></script>',
      '<script type="module" async src="/islands/x.js"></script>',
    ],
    [
      'a marked inline script',
      '<script data-own-script="x">go()</script>',
      '<script data-own-script="x">go()</script>',
    ],
  ])('%s', (_, element, kept) => {
    expect(stripFrameworkRuntime(`<!DOCTYPE html><html><head>${element}</head><body><p>Text</p></body></html>`)).toBe(
      `<!DOCTYPE html><html><head>${kept}</head><body><p>Text</p></body></html>`,
    );
  });
});
