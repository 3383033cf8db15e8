import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseSource } from '@/lib/content/frontmatter';
import { findUnsafeMarkup } from '@/lib/content/unsafeMarkup';
import { HOSTILE_BODIES } from '@/lib/mdx/testing/hostileBodies';
import { generateCorpus } from '@/scripts/generate-corpus';
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

/** remark's own tree of the whole body, or its error message: what parseBodyTree must give, node for node. */
const remark = unified().use(remarkParse).use(remarkMdx);
const wholeParse = (body: string) => {
  try {
    return remark.parse(body);
  } catch (error) {
    return String(error);
  }
};
const fastParse = (body: string) => {
  try {
    return parseBodyTree(body);
  } catch (error) {
    return String(error);
  }
};
/** As the loader does it: the markup check's tree first, then the whole tree built from it. */
const afterMarkupCheck = (body: string) => {
  let markupTree: Root | undefined;
  try {
    markupTree = parseMarkupTree(body);
  } catch {}
  try {
    return parseBodyTree(body, markupTree);
  } catch (error) {
    return String(error);
  }
};
const bothWays = (body: string) => [fastParse(body), afterMarkupCheck(body)];

/** Bodies where writing the words-only blocks could go wrong: each must still give remark's tree. */
const TRICKY_BODIES = [
  'Words.\n\n```\ncode\n\nwords inside a fence\n\n```\n\nAfter.\n',
  'Words.\n\n~~~\n\nan unclosed fence swallows the rest\n',
  '- a\n\nWords between two lists.\n\n- b\n',
  '- a\n\n  An indented continuation.\n\nWords.\n',
  '- a\n- b\n\n\n\n- c\n\nWords.\n',
  '1. one\n\nWords.\n\n2. two\n',
  '> quote\n\nWords.\n\n> quote 2\nlazy\n',
  '<Factbox title="T">\n\nWords inside a component.\n\n</Factbox>\n\nWords after.\n',
  '<Factbox>\n\n<Factbox>\n\ninner words\n\n</Factbox>\n\n</Factbox>\n',
  'import x from "y"\n\nWords.\n\n{1 + 1}\n\nMore words.\n',
  'Words.\n\nexport const a = 1\n\nWords.\n',
  'Words.\n\n{\n\nan expression across blank lines\n\n}\n',
  'Text <Factbox title="Open">\n\nMore.\n',
  'Setext\n===\n\nWords.\n\nPara\n---\n',
  'Hard break  \nline two\n\nLine one\\\nline two\n\nTrailing space \n',
  'Words\r\n\r\nMore\r\n',
  'Words\twith a tab.\n\n\u00a0Starts with a no-break space.\n',
  '\ufeffA byte-order mark.\n\nMore.\n',
  'Emoji 😀 and 東京.\n\n## Heading 😀\n\n*emph* here.\n',
  'Words.\n\n[foo]\n\n[foo]: /url\n\nWords.\n',
  '# H1\n\n###### H6\n\n####### seven\n\n#\tTab\n\n## Closed ##\n\n##  Two spaces\n',
  'Words.\n\n    indented four\n\nWords & an ampersand, 3 > 2.\n',
  '2024 was a year.\n\n2024. A list?\n\n',
  '',
  '\n\n\n',
  'Only words',
  'Words.\n\n\n\n\nMore words.\n\n\n',
  '- a\n\n- <b>b</b>\n\nWords.\n\n- <b>c</b>\n',
  '1. a\n\n2. <b>b</b>\n\n3) c\n',
  '- a\n\n- <b>b</b>\n\n* c\n',
  '- <b>a</b>\n\n  An indented continuation with *emphasis*.\n\nWords.\n',
  '<Figure src="/a.jpg" alt="A" />\n\n[a link](/x) next to it.\n\nWords.\n\n<PullQuote by="B">Said.</PullQuote>\n',
  '[b] and [a](javascript:x)\n\nWords.\n\n[b]: /url\n',
  '```\n<script>in code</script>\n\n```\n\nWords.\n\n<Factbox title="T">\n\n- one\n\n</Factbox>\n',
  'Words.\n\n<Factbox title="T">\n\nInner words.\n\n- a list\n\n</Factbox>\n\nWords.\n',
  'See [our report](/city/x-y) and [the data](https://e.example/a?b=c#d).\n\n[a](/b)[c](/d) (e)\n',
  'Not links: ![an image](/x.jpg), [ spaced ](/b), [a](/b c), [a](/b "title"), [a](</b>), [a](/b&amp;c).\n',
  '[a [nested](/c)](/d) and [*emphasis*](/e)\n\n## A [heading](/f) link\n\n1. [a](/b)\n\nTwo\nlines [a](/b)\n',
  '[ref]: /u\n\n[ref](/other) keeps its own destination.\n',
];

describe('the tree parseBodyTree builds, alone or from the markup tree', () => {
  it("is remark's whole-body tree, positions included, for bodies that could trip the parts parsed apart", () => {
    for (const body of TRICKY_BODIES) {
      const whole = wholeParse(body);
      expect(bothWays(body), JSON.stringify(body)).toEqual([whole, whole]);
    }
  });

  it("is remark's tree for every hostile body, alone and between paragraphs", () => {
    for (const [name, body] of HOSTILE_BODIES)
      for (const text of [body, `Words before.\n\n${body}\n\nWords after.\n`])
        expect(bothWays(text), name).toEqual([wholeParse(text), wholeParse(text)]);
  });

  it("is remark's tree for every story of a generated newsroom", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'body-tree-'));
    try {
      generateCorpus({ outDir: dir, count: 100, seed: 'body-tree', now: new Date('2026-11-01T00:00:00Z') });
      const files = fs.readdirSync(path.join(dir, 'articles'));
      expect(files).toHaveLength(100);
      for (const file of files) {
        const { body } = parseSource(fs.readFileSync(path.join(dir, 'articles', file), 'utf8'));
        const whole = wholeParse(body);
        expect(bothWays(body), file).toEqual([whole, whole]);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Parsing each story twice in Vitest (which loads the parser's development build) takes seconds.
  }, 30_000);
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

  it("writes components in the shapes stories use as remark's nodes, and parses any other shape", () => {
    const components = [
      '<Figure src="/images/a.jpg" alt="A b" caption="C, d." credit="E: F" />',
      '<PullQuote by="Ada, 東京 😀">Quoted (words) here.</PullQuote>',
      '<Factbox title="T">\n\nWords.\n\n- one\n- two\n\n## Sub\n\n</Factbox>',
      '<img src="javascript:alert(1)" alt="x" onerror="y" />',
      '<br>x</br>',
      '<Figure src="/a&amp;b.jpg" />',
      "<Figure src='/a.jpg' />",
      '<Figure src="/a.jpg"/>',
      '<PullQuote by="A"> Spaced </PullQuote>',
      '<PullQuote by="A">*Emphasis*</PullQuote>',
      '<Factbox title="T">\n\n- a\n\n- b\n\n</Factbox>',
      '<Factbox title="T">\n\n- 1. nested\n-  two spaces\n\n</Factbox>',
      '<Factbox title="T">\n- tight\n\n</Factbox>',
      '<Factbox title="T">\n\n</Factbox>',
    ];
    for (const body of components) {
      const whole = wholeParse(body) as Root;
      expect(parseMarkupTree(body).children, body).toEqual(whole.children);
      expect(parseMarkupTree(`Words.\n\n${body}\n\n- a list\n`).children, body).toEqual(
        (wholeParse(`Words.\n\n${body}\n\n- a list\n`) as Root).children.slice(1, -1),
      );
    }
  });

  it('skips plain prose and ordinary links entirely', () => {
    expect(parseMarkupTree('Prose.\n\n## Head\n\n[a link](/city/x)\n').children).toEqual([]);
    const safe = '[a](https://x.org) [b](mailto:d@x.org) [c](#top) [d](page-2?x=a:b)\n\n[e]: HTTP://x.org\n';
    expect(parseMarkupTree(safe).children).toEqual([]);
  });

  it('keeps every link to a scheme the renderer drops, so the checks report it at load', () => {
    const bodies = ['See [the file](ftp://x.org/a).', 'Call [us](tel:+441).', '[a][r]\n\n[r]: <FILE:///etc/x>'];
    for (const body of bodies) {
      const tree = parseMarkupTree(`Prose.\n\n${body}\n`);
      expect(findUnsafeMarkup(tree), body).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/only http:, https:, mailto:/) }),
      ]);
    }
  });

  it('throws only for a real syntax error, at its place in the body', () => {
    expect(() => parseMarkupTree('Prose.\n\nText <Factbox title="Open">\n\nMore.\n')).toThrow(/\(3:6-/);
    expect(parseMarkupTree('<PullQuote by="a > b">Words.</PullQuote>\n').children).toHaveLength(1);
  });
});
