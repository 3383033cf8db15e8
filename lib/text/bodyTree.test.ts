import { describe, expect, it } from 'vitest';
import { countWords, figuresOf, parseBodyTree, parseMarkupTree, plainText } from './bodyTree';

const wordsOf = (body: string) => countWords(plainText(parseBodyTree(body)));

describe('the body as a syntax tree', () => {
  it('has positions relative to the body', () => {
    const tree = parseBodyTree('First.\n\n## Head\n');
    expect(tree.children[1]!.position!.start).toMatchObject({ line: 3, column: 1 });
  });

  it('throws an MDX syntax error with its line and column', () => {
    expect(() => parseBodyTree('Fine.\n\nText {1 +} more.\n')).toThrow(expect.objectContaining({ line: 3 }));
    expect(() => parseBodyTree('<Factbox title="Open">\n')).toThrow(/closing tag/);
  });
});

describe('plain text', () => {
  it('keeps what a reader reads, inside components too, and drops attributes, code blocks and imports', () => {
    const body =
      'import x from "y"\n\nThe *harbour* `wall`.\n\n<Figure src="/images/a.jpg" alt="Not read" />\n\n' +
      '<PullQuote by="Ada">Quoted words.</PullQuote>\n\n```\ncode()\n```\n\n- one\n- two\n';
    expect(plainText(parseBodyTree(body))).toBe('The harbour wall.\n\nAda Quoted words.\n\none\n\ntwo');
  });
});

describe('word count', () => {
  it('counts tokens with a letter or digit, in any script, and not MDX tags or lone punctuation', () => {
    expect(wordsOf('The harbour — 40m, «quoted» ¡hola! 東京 naïve')).toBe(7);
    // "caption<b>bold</b>" reads as one word on the page; the old character scan counted two.
    expect(wordsOf('A <Figure src="/images/x.jpg" alt="Many words here" /> caption<b>bold</b>')).toBe(2);
    expect(wordsOf('an unclosed < tag\u00a0and\u2003spaces 𠀋')).toBe(6);
    expect(wordsOf('')).toBe(0);
  });
});

describe('figures', () => {
  it('lists every <Figure src> with where it starts, inline or as a block', () => {
    const tree = parseBodyTree(
      'Intro.\n\n<Figure src="/images/a.jpg" alt="A" />\n\nText <Figure src="/images/b.jpg" alt="B" />\n',
    );
    expect(figuresOf(tree)).toEqual([
      { src: '/images/a.jpg', line: 3, column: 1 },
      { src: '/images/b.jpg', line: 5, column: 6 },
    ]);
  });
});

describe('the markup tree (what the checks read)', () => {
  it('holds only the blocks with markup, at their places in the body, components kept whole', () => {
    const body =
      'Prose with *emphasis*.\n\n<Factbox title="Facts">\n\n- one\n\n</Factbox>\n\nMore prose.\n\n' +
      '```\n<script>in code</script>\n\n```\n\n[a link](/city/x) and [bad](javascript:x)\n';
    const tree = parseMarkupTree(body);
    expect(tree.children.map((c) => [c.type, c.position!.start.line])).toEqual([
      ['mdxJsxFlowElement', 3],
      ['code', 11],
      ['paragraph', 16],
    ]);
    expect(plainText(tree)).toBe('Facts one\n\na link and bad');
    expect(figuresOf(tree)).toEqual([]);
  });

  it('skips plain prose and ordinary links entirely', () => {
    expect(parseMarkupTree('Prose.\n\n## Head\n\n[a link](/city/x)\n').children).toEqual([]);
  });

  it('throws only for a real syntax error, at its place in the body', () => {
    expect(() => parseMarkupTree('Prose.\n\nText <Factbox title="Open">\n\nMore.\n')).toThrow(/\(3:6-/);
    expect(parseMarkupTree('<PullQuote by="a > b">Words.</PullQuote>\n').children).toHaveLength(1);
  });
});
