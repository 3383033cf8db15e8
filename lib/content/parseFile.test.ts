import { describe, expect, it } from 'vitest';
import { parseFile } from './parseFile';
import { article } from './testing/contentFixture';

const source = (body: string) => ({ slug: 'x', file: 'content/articles/x.mdx', source: article({}, body) });

describe('parsing a file', () => {
  it('splits frontmatter from the body, once per file object', () => {
    const file = source('Body text.\n');
    const parsed = parseFile(file);
    expect(parsed.parsed.body).toBe('Body text.\n');
    expect(parsed.parsed.bodyLine).toBe(9);
    expect(parseFile(file)).toBe(parsed);
    expect(parseFile({ ...file })).not.toBe(parsed);
  });

  it("finds the body's figures and unsafe markup once, or its syntax error relative to the body", () => {
    const good = parseFile(source('Prose.\n\n<Figure src="/images/a.jpg" alt="A" />\n\n<script>x</script>\n'));
    expect(good.markup()).toBe(good.markup());
    expect(good.markup()).toEqual({
      figures: [{ src: '/images/a.jpg', line: 3, column: 1 }],
      unsafe: [{ line: 5, column: 1, message: expect.stringMatching(/^raw <script>/) }],
    });
    const bad = parseFile(source('Fine.\n\n<Factbox title="Open">\n'));
    expect(bad.markup()).toEqual({
      syntaxError: { line: 3, column: 1, message: 'Expected a closing tag for `<Factbox>`' },
    });
    expect(bad.bodyTree()).toMatchObject({ line: 3, column: 1 });
  });

  it('builds the same whole tree whether the markup check ran first (and lent its blocks) or not', () => {
    const body =
      'Prose.\n\n<Figure src="/images/a.jpg" alt="A" caption="C" />\n\n' +
      'More *prose*.\n\n<PullQuote by="B">Q.</PullQuote>\n';
    const checkedFirst = parseFile(source(body));
    checkedFirst.markup();
    const alone = parseFile(source(body)).bodyTree();
    expect(checkedFirst.bodyTree()).toEqual(alone);
    expect(checkedFirst.bodyTree()).toEqual(alone);
  });
});
