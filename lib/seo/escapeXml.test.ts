import { describe, expect, it } from 'vitest';
import { escapeXml } from './escapeXml';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`Fish & <chips> "to go" 'now'`)).toBe(
      'Fish &amp; &lt;chips&gt; &quot;to go&quot; &apos;now&apos;',
    );
  });

  it('escapes an existing entity again, so the text reads back as written', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('drops characters XML 1.0 forbids and keeps tabs, line breaks and astral characters', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
    expect(escapeXml('a\tb\nc\rd 🌊')).toBe('a\tb\nc\rd 🌊');
  });
});
