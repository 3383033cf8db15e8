import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { compileArticle } from './compileArticle';
import { findMdxSyntaxError } from './mdxCompiler';
import { HOSTILE_BODIES } from './testing/hostileBodies';

async function render(body: string): Promise<string> {
  const source = `---\ntitle: x\n---\n${body}`;
  return renderToStaticMarkup(await compileArticle(articleStub('x', { source, body })));
}

/** Defence in depth: if hostile markup ever slipped past the checker, the renderer keeps it inert. */
describe('MDX rendering keeps hostile content inert', () => {
  it.each([
    ['script element', '<script>alert(1)</script>', /<script/i],
    ['iframe element', '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['object and embed', '<object data="x.swf"></object><embed src="x.swf" />', /<object|<embed/i],
    ['style element', '<style>{"body{display:none}"}</style>', /<style/i],
    ['form element', '<form action="https://evil.example"><button>Go</button></form>', /<form/i],
    ['JS expression (blockJS)', 'Sum: {globalThis.process.exit(1)} end', /process|exit/],
  ])('%s renders nothing that runs', async (_case, body, forbidden) => {
    expect(await render(body)).not.toMatch(forbidden);
  });

  it.each(HOSTILE_BODIES)('%s renders without throwing and without a handler or a dangerous URL', async (_n, body) => {
    const html = await render(body);
    expect(html).not.toMatch(/<(?:script|style|iframe|object|embed|form|input|button|svg|math|base|meta|noscript)\b/i);
    const attributes = [...html.matchAll(/\s([^\s=>]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!] as const);
    expect(attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
    // As a browser reads a URL: with the control characters and spaces it ignores taken out.
    expect(html.replace(/[\u0000-\u0020]/g, '')).not.toMatch(/evil\.example|javascript:|vbscript:|data:/i);
  });

  it('drops javascript: URLs from links', async () => {
    const html = await render('[click](javascript:alert(1))');
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it('event handler attributes never reach the HTML', async () => {
    const html = await render('<div onclick="alert(1)">x</div>');
    expect(html).not.toMatch(/onclick/i);
  });

  it('reports a syntax error with the line and column in the file', async () => {
    const error = await findMdxSyntaxError({
      file: 'content/articles/x.mdx',
      source: '---\ntitle: x\n---\nFine.\n\n<Factbox title="a">\n',
      body: 'Fine.\n\n<Factbox title="a">\n',
    });
    expect(error?.message).toMatch(/^content\/articles\/x\.mdx:6:\d+ error MDX: /);
  });
});
