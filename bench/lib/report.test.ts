import { describe, expect, it } from 'vitest';
import { mergeSections, parseSections } from './report';

const section = (key: string, markdown: string, smoke = false) => ({ key, smoke, markdown });

describe('RESULTS.md sections', () => {
  const start = mergeSections('', [section('serve', '## 3. Serving\n\n| a | b |\n| --- | --- |\n| x | 1 |')]).text;

  it('writes each part between markers that name it, a blank line after its table', () => {
    expect(start).toContain(
      '<!-- bench:serve -->\n## 3. Serving\n\n| a | b |\n| --- | --- |\n| x | 1 |\n\n<!-- /bench:serve -->',
    );
    expect(start.startsWith('# Benchmark results\n')).toBe(true);
  });

  it('replaces a part it ran, keeps the others, and orders them as the parts run', () => {
    const two = mergeSections(start, [section('build', '## 1. Build, first')]).text;
    const next = mergeSections(two, [section('build', '## 1. Build, second'), section('publish', '## Publish')]).text;
    expect(parseSections(next).map((s) => [s.key, s.markdown])).toEqual([
      ['build', '## 1. Build, second'],
      ['serve', '## 3. Serving\n\n| a | b |\n| --- | --- |\n| x | 1 |'],
      ['publish', '## Publish'],
    ]);
    expect(next).not.toContain('first');
  });

  it('keeps a section it does not know (a note written by hand) after the parts', () => {
    const withNote = `${start}<!-- bench:nginx-note -->\nBy hand.\n\n<!-- /bench:nginx-note -->\n`;
    const next = mergeSections(withNote, [section('build', '## 1. Build')]).text;
    expect(parseSections(next).map((s) => s.key)).toEqual(['build', 'serve', 'nginx-note']);
  });

  it('lets a smoke run replace a smoke section, never a full one', () => {
    const smoke = mergeSections(start, [section('serve', 'small', true), section('js', 'small js', true)]);
    expect(smoke.skipped).toEqual(['serve']);
    expect(parseSections(smoke.text).map((s) => [s.key, s.smoke, s.markdown.slice(0, 12)])).toEqual([
      ['serve', false, '## 3. Servin'],
      ['js', true, 'small js'],
    ]);
    const again = mergeSections(smoke.text, [section('js', 'smaller js', true)]);
    expect(again.skipped).toEqual([]);
    expect(again.text).toContain('<!-- bench:js smoke -->\nsmaller js\n');
  });

  it('rewrites the same text when given nothing new', () => {
    expect(mergeSections(start, []).text).toBe(start);
  });
});
