import { execFileSync } from 'node:child_process';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { HOSTILE_TITLE, HOSTILE_TOPIC, hostileFeed } from './feedFixture';
import { rssXml } from './rssXml';

const parser = new Parser<object, { 'atom:updated': string; 'dc:creator': string }>({
  customFields: { item: ['atom:updated', 'dc:creator'] },
});

describe('rssXml', () => {
  const xml = rssXml(hostileFeed());

  it('is well-formed XML to a strict parser', () => {
    expect(() => execFileSync('xmllint', ['--noout', '-'], { input: xml, stdio: 'pipe' })).not.toThrow();
  });

  it('parses as XML and reads back the title as written', async () => {
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe(`${HOSTILE_TOPIC} · Masthead`);
    const [item] = feed.items;
    expect(item!.title).toBe(HOSTILE_TITLE);
    expect(item!.categories).toEqual([{ _: HOSTILE_TOPIC, $: { domain: 'https://news.example/topics/' } }]);
    expect(item!['dc:creator']).toBe(`Ada "A&B" Vell`);
    expect(item!['atom:updated']).toBe('2026-11-02T10:00:00.000Z');
    expect(item!.isoDate).toBe('2026-11-01T09:00:00.000Z');
  });

  it('writes the description as HTML that shows the plain text, markup and all', async () => {
    const [item] = (await parser.parseString(xml)).items;
    expect(item!.content).toBe('A dek with &lt;i&gt;markup&lt;/i&gt; &amp; "quotes"');
  });

  it('escapes attributes', () => {
    expect(xml).toContain('<category domain="https://news.example/topics/">R&amp;D &lt;labs&gt;');
  });
});
