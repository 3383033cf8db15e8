import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { HOSTILE_BODIES } from '@/lib/mdx/testing/hostileBodies';
import { findUnsafeMarkup } from './unsafeMarkup';

const parse = (body: string) => unified().use(remarkParse).use(remarkMdx).parse(body);
const check = (body: string) => findUnsafeMarkup(parse(body));

describe('the checker refuses every hostile body, at its position', () => {
  it('has a table of at least 40 shapes', () => {
    expect(HOSTILE_BODIES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HOSTILE_BODIES)('%s', (_name, body) => {
    const found = check(`Fine first paragraph.\n\n${body}\n`);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.line).toBeGreaterThanOrEqual(3);
  });
});

describe('what the checker says', () => {
  it.each([
    ['JS expression', 'Total: {1 + 1} pounds', 1, 8, /expressions\} are disabled/],
    ['expression in an attribute', '<Figure src="/images/a.jpg" alt={x} />', 1, 29, /expressions\} are disabled/],
    ['import', "import Evil from './evil'", 1, 1, /import\/export is not allowed/],
    ['export', 'export const x = 1', 1, 1, /import\/export is not allowed/],
    ['script tag', 'Intro.\n\n<script>alert(1)</script>', 3, 1, /^raw <script> is not allowed in content/],
    ['tab in the scheme', 'x <a HREF="java&#9;script:alert(1)">x</a>', 1, 6, /HREF="java\\u0009script:alert\(1\)"/],
    ['handler', '<img src="/a.jpg" alt="" OnError="alert(1)" />', 1, 26, /attribute "OnError" is not allowed on <img>/],
    ['string style', '<p style="color:red">x</p>', 1, 4, /attribute "style" is not allowed on <p>/],
    ['Markdown link', 'See [x](javascript:alert(1)).', 1, 5, /only http:, https:, mailto:/],
    ['link definition', '[x][a]\n\n[a]: vbscript:x', 3, 1, /only http:, https:, mailto:/],
  ])('%s', (_case, body, line, column, message) => {
    expect(check(body)).toEqual([{ line, column, message: expect.stringMatching(message) }]);
  });

  it('cannot see autolinks: MDX has none, so <javascript:…> is a syntax error the compiler reports', () => {
    expect(() => parse('<javascript:alert(1)>')).toThrow();
  });
});

describe('what stories may contain', () => {
  it('leaves code blocks, inline code and escaped braces alone', () => {
    const body =
      'Use `{braces}` inline.\n\n```js\nimport x from "y";\n<script>alert(1)</script>\n```\n\nA literal \\{brace\\}.\n';
    expect(check(body)).toEqual([]);
  });

  it('allows the house components, Markdown and safe links of every kind', () => {
    const body = [
      '<Figure src="/images/a.jpg" alt="Quay" caption="The quay." credit="Ada Vell" />',
      '<PullQuote by="Ada, mayor">Words.</PullQuote>',
      '<Factbox title="Facts">\n- one\n- two\n</Factbox>',
      '[Read more](/city/harbour-wall), [elsewhere](https://example.com), [mail](mailto:desk@example.com),',
      '[up](#top), [next](page-2?x=a:b), <a href="HTTPS://example.com" title="t">html</a> ![i](/images/a.jpg)',
    ].join('\n\n');
    expect(check(body)).toEqual([]);
  });
});
