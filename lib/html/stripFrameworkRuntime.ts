import { Parser } from 'htmlparser2';
import { RSC_PAYLOAD_MARKER } from '@/lib/framework/nextInternals';
/**
 * Where a script that stays comes from: an island module, a JSON data block (JSON-LD), or an
 * inline script of ours that says so (the theme choice applied before first paint).
 */
export const OWN_SCRIPT_ATTRIBUTE = 'data-own-script';
const ISLAND_PREFIX = '/islands/';
const DATA_BLOCK_TYPES = new Set(['application/ld+json', 'application/json']);

/** The attributes htmlparser2 reports, names lower-cased. */
type Attributes = Record<string, string>;

function isOwnScript(attributes: Attributes): boolean {
  const type = attributes.type?.trim().toLowerCase();
  if (type !== undefined && DATA_BLOCK_TYPES.has(type)) return true;
  if (attributes.src !== undefined) return attributes.src.startsWith(ISLAND_PREFIX);
  return OWN_SCRIPT_ATTRIBUTE in attributes;
}

/** `<link rel="modulepreload">`, or a preload or prefetch of a script. */
function isScriptHint(attributes: Attributes): boolean {
  const rel = new Set((attributes.rel ?? '').toLowerCase().split(/\s+/));
  if (rel.has('modulepreload')) return true;
  return (rel.has('preload') || rel.has('prefetch')) && attributes.as?.toLowerCase() === 'script';
}

/**
 * The page without the framework's runtime: every `<script>` that is not ours (Next.js's chunks,
 * its Turbopack bootstrap, the inline RSC payload `self.__next_f.push(…)`, polyfills) and every
 * script preload is cut out; everything else stays byte for byte. Links are plain `<a>` elements
 * and islands are custom elements, so nothing on a reader's page needs the runtime.
 *
 * An allowlist, not a list of the framework's scripts: whatever a new Next.js adds is removed too,
 * and the tests (lib/html/stripFrameworkRuntime.test.ts on captured output, e2e/html-first.spec.ts on
 * served pages) say when its markup changed. The HTML is tokenized by htmlparser2, which reports
 * where each element starts and ends in the source; the cut is made on those offsets.
 */
export function stripFrameworkRuntime(html: string): string {
  const cuts: [number, number][] = [];
  let scriptStart: number | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && !isOwnScript(attributes)) scriptStart = parser.startIndex;
        else if (name === 'link' && isScriptHint(attributes)) cuts.push([parser.startIndex, parser.endIndex + 1]);
      },
      onclosetag(name) {
        if (name !== 'script' || scriptStart === null) return;
        cuts.push([scriptStart, parser.endIndex + 1]);
        scriptStart = null;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (cuts.length === 0) return html;
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    out += html.slice(from, start);
    from = end;
  }
  return out + html.slice(from);
}

/**
 * Cheap test for a page that still carries the runtime (its inline RSC payload or a framework
 * script), so a response that was stripped when it was cached is not parsed again on every request.
 */
export function carriesFrameworkRuntime(html: string): boolean {
  return html.includes(RSC_PAYLOAD_MARKER) || html.includes('<script src="/_next/');
}
