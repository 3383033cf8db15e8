/**
 * Part 3: throughput of next start vs nginx serving the same prerendered HTML, and next behind the deploy/nginx.conf
 * cache.
 */

import { pageScripts } from '../../e2e/pageScripts';
import { type BenchContext, type Part, siteUrls } from '../lib/context';
import { type LoadResult, load } from '../lib/load';
import { type NginxServer, proxyConfig, startNginx, staticConfig } from '../lib/nginx';
import type { PartResult, Row } from '../lib/report';

export const servePart: Part = {
  name: 'serve',
  title: '3. Serving (wrk, loopback)',
  async run(ctx: BenchContext): Promise<PartResult> {
    const site = await ctx.site();
    const next = await ctx.next();
    const urls = siteUrls(site.dir);
    const targets = [
      { name: 'article', path: urls.article },
      { name: 'section front', path: urls.section },
      { name: '404 page', path: urls.notFound },
    ];
    const smoke = ctx.options.smoke;
    // `wrk -t2 -c32 -d10s`: how the issue measured nginx at ~40,000 req/s on an article.
    const load0 = { threads: 2, connections: smoke ? 8 : 32, durationS: smoke ? 3 : 10 };
    const warm = { ...load0, durationS: smoke ? 1 : 3 };

    const readers = await ctx.readers();
    // The cache sits in front of the production server (npm start = scripts/server.mjs), as deploy/nginx.conf says.
    const servers: { name: string; url: string; nginx?: NginxServer }[] = [
      { name: 'next start', url: next.url },
      { name: 'npm start (server.mjs)', url: readers.url },
    ];
    const upstreamPort = readers.port;
    const notes: string[] = [];
    try {
      const staticNginx = await startNginx(
        'static',
        staticConfig(site.dir, ctx.ports.nginxStatic),
        ctx.ports.nginxStatic,
      );
      servers.push({ name: 'nginx static', url: staticNginx.url, nginx: staticNginx });
      const proxy = await startNginx(
        'proxy',
        proxyConfig(site.dir, ctx.ports.nginxProxy, upstreamPort),
        ctx.ports.nginxProxy,
      );
      servers.push({ name: 'next behind nginx cache', url: proxy.url, nginx: proxy });

      // What each server answers, and whether the proxy cache stores it (second request).
      const facts: string[] = [];
      for (const t of targets) {
        for (const s of servers) {
          let res = await fetch(s.url + t.path);
          let body = await res.arrayBuffer();
          if (s.nginx && s.name.includes('cache')) {
            res = await fetch(s.url + t.path);
            body = await res.arrayBuffer();
          }
          const scripts = pageScripts(new TextDecoder().decode(body));
          const runtime = scripts.sources.filter((src) => src.startsWith('/_next/')).length;
          facts.push(
            `${t.name} (${t.path}) from ${s.name}: ${res.status}, ${(body.byteLength / 1024).toFixed(1)} KB, ` +
              `${runtime} framework scripts, islands [${scripts.sources.filter((src) => !src.startsWith('/_next/'))}]` +
              (s.name.includes('cache')
                ? `, X-Cache-Status ${res.headers.get('x-cache-status') ?? '—'}, app Cache-Control ` +
                  `"${res.headers.get('cache-control') ?? ''}"`
                : ''),
          );
        }
      }

      const results = new Map<string, LoadResult>();
      for (const t of targets) {
        for (const s of servers) {
          const label = `${t.name} ${s.name}`;
          console.log(`  wrk ${label} …`);
          await load(s.url + t.path, warm, `warm ${label}`);
          results.set(label, await load(s.url + t.path, load0, label));
        }
      }

      const rows: Row[] = [];
      const table = [
        '| page | server | req/s | p50 | p99 | bytes/response | non-2xx | errors |',
        '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ];
      for (const t of targets) {
        const get = (server: string) => results.get(`${t.name} ${server}`)!;
        const nginx = get('nginx static');
        for (const s of servers) {
          const r = get(s.name);
          table.push(
            `| ${t.name} | ${s.name} | ${r.reqPerSec.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ` +
              `${Math.round(r.bytesPerReq).toLocaleString('en-GB')} | ${r.non2xx} | ${r.errors + r.timeouts} |`,
          );
        }
        const nextR = get('next start');
        const cached = get('next behind nginx cache');
        rows.push(
          {
            metric: `${t.name}: next start req/s`,
            value: nextR.reqPerSec,
            unit: 'req/s',
            reference: { value: nginx.reqPerSec, label: 'nginx static' },
            note: `p50 ${nextR.p50} ms, p99 ${nextR.p99} ms`,
          },
          // No target: the earlier 0.15× target and its references (bare page 0.13×, template 0.09×) were
          // measured with autocannon, which capped nginx near 3,000 req/s.
          { metric: `${t.name}: next / nginx static`, value: nextR.reqPerSec / nginx.reqPerSec, unit: '×' },
          {
            metric: `${t.name}: next behind nginx cache req/s`,
            value: cached.reqPerSec,
            unit: 'req/s',
            reference: { value: nginx.reqPerSec, label: 'nginx static' },
            note: `p50 ${cached.p50} ms, p99 ${cached.p99} ms`,
          },
          {
            metric: `${t.name}: nginx cache / nginx static`,
            value: cached.reqPerSec / nginx.reqPerSec,
            unit: '×',
            target: { op: '>=', value: 0.8 },
          },
        );
        const custom = results.get(`${t.name} npm start (server.mjs)`);
        if (custom)
          rows.push({
            metric: `${t.name}: npm start (server.mjs) req/s`,
            value: custom.reqPerSec,
            unit: 'req/s',
            reference: { value: nextR.reqPerSec, label: 'next start' },
            note: `p50 ${custom.p50} ms, p99 ${custom.p99} ms`,
          });
      }
      notes.push(
        `\`wrk -t${load0.threads} -c${load0.connections} -d${load0.durationS}s\` per measurement after a ` +
          `${warm.durationS} s warm-up, one server at a time, no Accept-Encoding (no compression anywhere). ` +
          'wrk, nginx (2 workers) and the server under test share the 2 cores. ' +
          `Both Node servers serve the same build${
            process.env.KEEP_FRAMEWORK_RUNTIME === '1'
              ? ', made with KEEP_FRAMEWORK_RUNTIME=1 (pages keep the framework runtime: the output before ' +
                '"HTML first")'
              : ' (pages without the framework runtime)'
          }.`,
        '"nginx static" serves the build\'s .next/server/app/*.html (the same bytes next start sends). "next behind ' +
          'nginx cache" is deploy/nginx.conf rewritten for loopback ports and bench/tmp paths, in front of npm start ' +
          '(scripts/server.mjs) when the project has one, as deployed; bench-only changes: access_log off, and ' +
          '`proxy_cache_valid 200 301 308 404 60s` as a fallback for header-less responses. ' +
          'The app itself sends `s-maxage=60, stale-while-revalidate=…` on pages and ' +
          "(from npm start's request gate) on 404s for made-up URLs, which nginx honours; " +
          'a response marked private/no-store is not cached and passes through to the app.',
        `Per-server table (${next.url} etc.):\n\n${table.join('\n')}`,
        `First responses: ${facts.join('; ')}.`,
      );
      return { rows, notes };
    } finally {
      for (const s of servers) await s.nginx?.stop();
    }
  },
};
