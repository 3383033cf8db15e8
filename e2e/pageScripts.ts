import { DomUtils, parseDocument } from 'htmlparser2';

/** What a served page asks the browser to run or fetch as script, read with a real HTML parser. */
export interface PageScripts {
  /** `src` of every <script src>. */
  sources: string[];
  /** Every inline <script> that is not a JSON data block, by its data-own-script name ('?' if unnamed). */
  inline: string[];
  /** Inline JSON data blocks (JSON-LD). */
  dataBlocks: number;
  /** `href` of every <link> that preloads or prefetches a script. */
  scriptHints: string[];
}

export function pageScripts(html: string): PageScripts {
  const document = parseDocument(html);
  const scripts = DomUtils.getElementsByTagName('script', document);
  const links = DomUtils.getElementsByTagName('link', document);
  const isData = (type = '') => ['application/ld+json', 'application/json'].includes(type.toLowerCase());
  return {
    sources: scripts.filter((s) => s.attribs.src !== undefined).map((s) => s.attribs.src!),
    inline: scripts
      .filter((s) => s.attribs.src === undefined && !isData(s.attribs.type))
      .map((s) => s.attribs['data-own-script'] ?? '?'),
    dataBlocks: scripts.filter((s) => s.attribs.src === undefined && isData(s.attribs.type)).length,
    scriptHints: links
      .filter((l) => {
        const rel = (l.attribs.rel ?? '').toLowerCase().split(/\s+/);
        return (
          rel.includes('modulepreload') || (l.attribs.as === 'script' && rel.some((r) => /pre(load|fetch)/.test(r)))
        );
      })
      .map((l) => l.attribs.href ?? ''),
  };
}
