import { describe, expect, it } from 'vitest';
import { parseBodyTree } from '@/lib/text/bodyTree';
import { findUnsafeMarkup as findInTree } from './unsafeMarkup';

const findUnsafeMarkup = (body: string) => findInTree(parseBodyTree(body));

describe('content that tries to run is rejected by the checker, with its line', () => {
  it.each([
    ['JS expression', 'Total: {1 + 1} pounds', /expressions\} are disabled/],
    ['expression in an attribute', '<Figure src="/images/a.jpg" alt={x} />', /expressions\} are disabled/],
    ['import', "import Evil from './evil'", /import\/export is not allowed/],
    ['export', 'export const x = 1', /import\/export is not allowed/],
    ['script tag', '<script>alert(1)</script>', /raw <script> is not allowed/],
    ['iframe to an unknown host', '<iframe src="https://evil.example"></iframe>', /raw <iframe> is not allowed/],
    ['style tag that could restyle the page', '<style>body\\{display:none\\}</style>', /raw <style> is not allowed/],
    ['form posting elsewhere', '<form action="https://evil.example"></form>', /raw <form> is not allowed/],
    ['event handler', '<img src="/images/a.jpg" onerror="alert(1)" />', /event handler attributes/],
    ['javascript: link in HTML', '<a href="javascript:alert(1)">x</a>', /javascript:, data: and vbscript: URLs/],
    ['javascript: link in Markdown', '[click](javascript:alert(1))', /javascript:, data: and vbscript: URLs/],
    ['data: URL', '<a href="data:text/html,<b>x</b>">x</a>', /javascript:, data: and vbscript: URLs/],
  ])('%s', (_case, line, message) => {
    const found = findUnsafeMarkup(`Fine first paragraph.\n\n${line}\n`);
    expect(found.map((f) => f.message)).toContainEqual(expect.stringMatching(message));
    expect(found[0]!.line).toBe(3);
  });

  it('leaves code blocks, inline code and escaped braces alone', () => {
    const body =
      'Use `{braces}` inline.\n\n```js\nimport x from "y";\n<script>alert(1)</script>\n```\n\nA literal \\{brace\\}.\n';
    expect(findUnsafeMarkup(body)).toEqual([]);
  });

  it('allows the house components and ordinary links', () => {
    const body =
      '<Figure src="/images/a.jpg" alt="Quay" caption="The quay." />\n\n<PullQuote by="Ada, mayor">Words.</PullQuote>\n\n[Read more](/city/harbour-wall) and [elsewhere](https://example.com).\n';
    expect(findUnsafeMarkup(body)).toEqual([]);
  });
});
