/** Part 4: client JavaScript and HTML weight per page type, framework runtime vs this project's own code. */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';
import { type BenchContext, liveStoryPath, type Part, siteUrls } from '../lib/context';
import { median, type PartResult, type Row } from '../lib/report';

const BARE_JS_KB = 135;
/** The budget for a reader's page: our islands only. */
const JS_BUDGET_KB = 10;
const gz = (buf: Buffer | string) => zlib.gzipSync(buf, { level: 9 }).byteLength;
const kb = (n: number) => n / 1024;

interface Manifest {
  clientModules: Record<string, { chunks: string[] }>;
}

/**
 * Own client code = chunks that hold a client module from this project's app/, components/ or
 * lib/, according to every page's client-reference manifest (the build's map from each
 * 'use client' module to the chunks that carry it). Server components never reach the browser.
 */
export function ownChunks(siteDir: string): { chunks: Set<string>; modules: string[] } {
  const chunks = new Set<string>();
  const modules = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('_client-reference-manifest.js')) {
        const sandbox = { globalThis: {} as { __RSC_MANIFEST?: Record<string, Manifest> } };
        vm.runInNewContext(fs.readFileSync(p, 'utf8'), sandbox, { timeout: 1000 });
        for (const manifest of Object.values(sandbox.globalThis.__RSC_MANIFEST ?? {})) {
          for (const [id, ref] of Object.entries(manifest.clientModules ?? {})) {
            if (!/^\[project\]\/(app|components|lib)\//.test(id)) continue;
            modules.add(id.replace(/ \[.*$/, ''));
            for (const c of ref.chunks) chunks.add(c.startsWith('/') ? c : `/_next/${c}`);
          }
        }
      }
    }
  };
  walk(path.join(siteDir, '.next', 'server', 'app'));
  return { chunks, modules: [...modules].sort() };
}

/** Our code: an island module (public/islands/, scripts/build-islands.mjs), or a chunk with a 'use client' module. */
function isOwn(pathname: string, ownChunks: Set<string>): boolean {
  return pathname.startsWith('/islands/') || ownChunks.has(pathname);
}

interface PageWeight {
  htmlBytes: number;
  htmlGz: number;
  inlineScriptBytes: number;
  scripts: { url: string; gz: number; bytes: number; nomodule: boolean; own: boolean }[];
  cssGz: number;
}

async function weigh(
  base: string,
  pagePath: string,
  own: Set<string>,
  cache: Map<string, Buffer>,
): Promise<PageWeight> {
  const res = await fetch(base + pagePath, { headers: { 'accept-encoding': 'identity' } });
  const html = await res.text();
  const fetchAsset = async (url: string) => {
    if (!cache.has(url)) {
      const r = await fetch(new URL(url, base), { headers: { 'accept-encoding': 'identity' } });
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      cache.set(url, Buffer.from(await r.arrayBuffer()));
    }
    return cache.get(url)!;
  };
  const document = parseDocument(html);
  const found = new Map<string, boolean>(); // url -> nomodule
  const inline: string[] = [];
  for (const script of DomUtils.getElementsByTagName('script', document)) {
    const src = script.attribs.src;
    if (src) found.set(src, (found.get(src) ?? true) && 'nomodule' in script.attribs);
    else inline.push(DomUtils.textContent(script));
  }
  let cssGz = 0;
  for (const link of DomUtils.getElementsByTagName('link', document)) {
    const rel = (link.attribs.rel ?? '').toLowerCase().split(/\s+/);
    const href = link.attribs.href;
    if (!href) continue;
    if (rel.includes('modulepreload') || (rel.includes('preload') && link.attribs.as === 'script'))
      found.set(href, false);
    if (rel.includes('stylesheet')) cssGz += gz(await fetchAsset(href));
  }
  const scripts = [];
  for (const [url, nomodule] of found) {
    const body = await fetchAsset(url);
    const pathname = new URL(url, base).pathname;
    scripts.push({ url, bytes: body.byteLength, gz: gz(body), nomodule, own: isOwn(pathname, own) });
  }
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGz: gz(html),
    inlineScriptBytes: Buffer.byteLength(inline.join('')),
    scripts,
    cssGz,
  };
}

export const clientJsPart: Part = {
  name: 'js',
  title: '4. Client JavaScript and HTML weight',
  async run(ctx: BenchContext): Promise<PartResult> {
    const site = await ctx.site();
    const next = await ctx.readers();
    const urls = siteUrls(site.dir);
    const own = ownChunks(site.dir);
    const pages = [
      { type: 'front', path: urls.front },
      { type: 'section', path: urls.section },
      { type: 'article', path: urls.article },
      { type: 'author', path: urls.author },
      { type: 'topic', path: urls.topic },
      { type: 'search', path: '/search?q=harbour' },
      { type: 'corrections', path: '/corrections' },
      { type: 'standards page', path: urls.standards },
      { type: '404', path: urls.notFound },
    ];
    const live = liveStoryPath(site);
    if (live) pages.push({ type: 'live story', path: live });
    const cache = new Map<string, Buffer>();
    const rows: Row[] = [];
    const detail = [
      '| page | path | JS gz (modules) | framework | own | nomodule polyfills gz | CSS gz | HTML | HTML gz | inline ' +
        'script in HTML |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const page of pages) {
      const w = await weigh(next.url, page.path, own.chunks, cache);
      const modules = w.scripts.filter((s) => !s.nomodule);
      const total = modules.reduce((n, s) => n + s.gz, 0);
      const ownGz = modules.filter((s) => s.own).reduce((n, s) => n + s.gz, 0);
      const poly = w.scripts.filter((s) => s.nomodule).reduce((n, s) => n + s.gz, 0);
      rows.push(
        {
          metric: `${page.type}: client JS (gzip -9)`,
          value: kb(total),
          unit: 'KB',
          reference: { value: BARE_JS_KB, label: 'bare page' },
          target: { op: '<=', value: JS_BUDGET_KB },
          note: `${modules.length} files`,
        },
        // No target of its own: with no framework runtime, all of a page's JavaScript is ours (the budget above).
        { metric: `${page.type}: … own code`, value: kb(ownGz), unit: 'KB' },
        {
          metric: `${page.type}: HTML (gzip -9)`,
          value: kb(w.htmlGz),
          unit: 'KB',
          target: page.type === 'article' ? { op: '<=', value: 30 } : undefined,
        },
      );
      detail.push(
        `| ${page.type} | ${page.path} | ${kb(total).toFixed(1)} KB | ${kb(total - ownGz).toFixed(1)} KB | ` +
          `${kb(ownGz).toFixed(1)} KB | ${kb(poly).toFixed(1)} KB | ${kb(w.cssGz).toFixed(1)} KB | ` +
          `${kb(w.htmlBytes).toFixed(1)} KB | ${kb(w.htmlGz).toFixed(1)} KB | ` +
          `${kb(w.inlineScriptBytes).toFixed(1)} KB (${((100 * w.inlineScriptBytes) / w.htmlBytes).toFixed(0)}%) |`,
      );
    }
    // Every article (up to 60, evenly spread), since one story is not all stories.
    const step = Math.max(1, Math.ceil(urls.articles.length / 60));
    const sample = urls.articles.filter((_, i) => i % step === 0);
    const sizes: number[] = [];
    for (const p of sample) sizes.push((await weigh(next.url, p, own.chunks, cache)).htmlGz);
    rows.push(
      {
        metric: `article HTML gz, median of ${sample.length}`,
        value: kb(median(sizes)),
        unit: 'KB',
        target: { op: '<=', value: 30 },
      },
      {
        metric: `article HTML gz, largest of ${sample.length}`,
        value: kb(Math.max(...sizes)),
        unit: 'KB',
        target: { op: '<=', value: 30 },
      },
    );
    return {
      rows,
      notes: [
        'Each page is fetched from npm start (scripts/server.mjs, what readers get); every `<script src>`, ' +
          '`<link rel="modulepreload">` and `<link ' +
          'rel="preload" as="script">` is fetched and gzipped at level 9. ' +
          '"JS gz (modules)" is what a modern browser downloads; `nomodule` polyfills are listed apart (modern ' +
          'browsers skip them). ' +
          `Own code = island modules (/islands/*.js) and chunks that the build's client-reference manifests ` +
          `(.next/server/app/**/*_client-reference-manifest.js) list for a 'use client' module under app/, ` +
          `components/ or lib/; everything else is framework (React, Next's router, next/link). ` +
          `Own client modules in this build: ${own.modules.length ? own.modules.join(', ') : 'none'}.`,
        '"inline script in HTML" is the bytes inside `<script>` tags without src: mostly the RSC payload ' +
          '(`self.__next_f.push`) that repeats the page content for hydration.',
        `Per page:\n\n${detail.join('\n')}`,
      ],
    };
  },
};
