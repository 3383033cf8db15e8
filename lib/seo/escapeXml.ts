const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/**
 * Text safe for XML element content and for attribute values in either quote. Characters XML 1.0
 * forbids (control characters other than tab and line breaks, lone surrogates, U+FFFE, U+FFFF) are
 * dropped: one of them in a headline would make the whole document unreadable to a parser.
 */
export function escapeXml(text: string): string {
  return text.replace(/(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu, '').replace(/[<>&'"]/g, (c) => ENTITIES[c]!);
}
