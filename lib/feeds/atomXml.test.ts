import { execFileSync } from 'node:child_process';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { atomXml } from './atomXml';
import { HOSTILE_TITLE, HOSTILE_TOPIC, hostileFeed } from './feedFixture';

type Attributed = { _: string; $: Record<string, string> };
const parser = new Parser<object, { category: Attributed[]; author: string }>({
  customFields: { item: [['category', 'category', { keepArray: true }]] },
});

describe('atomXml', () => {
  const xml = atomXml(hostileFeed());

  it('is well-formed XML to a strict parser', () => {
    expect(() => execFileSync('xmllint', ['--noout', '-'], { input: xml, stdio: 'pipe' })).not.toThrow();
  });

  it('writes titles and summaries as text, never as HTML', () => {
    expect(xml).not.toContain('type="html"');
    expect(xml).toContain(
      '<title type="text">Fish &amp; &lt;b&gt;chips&lt;/b&gt; &quot;to go&quot; &apos;now&apos; ]]&gt; ' +
        '&amp;amp;</title>',
    );
  });

  it('escapes every attribute, so a topic name cannot break the document', () => {
    expect(xml).toContain('label="R&amp;D &lt;labs&gt; &quot;quoted&quot; &apos;single&apos;"');
    expect(xml).toContain('href="https://news.example/city/fish-and-chips?a=1&amp;b=2"');
  });

  it('parses as XML and reads back exactly what the editor wrote', async () => {
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe(`${HOSTILE_TOPIC} · Masthead`);
    const [entry] = feed.items;
    expect(entry!.title).toBe(HOSTILE_TITLE);
    expect(entry!.summary).toBe(`A dek with <i>markup</i> & "quotes"`);
    expect(entry!.category.map((c) => c.$)).toEqual([
      { term: 'r-d', scheme: 'https://news.example/topics/', label: HOSTILE_TOPIC },
    ]);
    expect(entry!.link).toBe('https://news.example/city/fish-and-chips?a=1&b=2');
    expect(entry!.author).toBe(`Ada "A&B" Vell`);
    expect(entry!.pubDate).toBe('2026-11-01T09:00:00.000Z');
  });
});
