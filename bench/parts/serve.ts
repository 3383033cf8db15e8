/**
 * Part 3: throughput of next start vs nginx serving the same prerendered HTML, and next behind the deploy/nginx.conf
 * cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type BenchContext, type Part, siteUrls } from '../lib/context';
import { type LoadResult, load } from '../lib/load';
import { type NginxServer, proxyConfig, startNginx, staticConfig } from '../lib/nginx';
import { assertPortFree, type Started, start, stop, waitForHttp } from '../lib/proc';
import { LOGS } from '../lib/project';
import type { PartResult, Row } from '../lib/report';

const TEMPLATE_RATIO = 0.09;
const BARE_RATIO = 0.13;

export const servePart: Part = {
  name: 'serve',
  title: '3. Serving (autocannon, loopback)',
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
    const load0 = { connections: smoke ? 10 : 20, durationS: smoke ? 3 : 10, maxRequests: 500_000 };
    const warm = { connections: load0.connections, durationS: smoke ? 1 : 3, maxRequests: 100_000 };

    const servers: { name: string; url: string; nginx?: NginxServer; process?: Started }[] = [
      { name: 'next start', url: next.url },
    ];
    // The cache sits in front of the production server (npm start) as deploy/nginx.conf says, or next start without
    // one.
    let upstreamPort = ctx.ports.next;
    const notes: string[] = [];
    try {
      // `npm start` runs scripts/server.mjs (a thin Node layer around Next) when the project has one: measure it too.
      const custom = path.join(site.dir, 'scripts', 'server.mjs');
      if (fs.existsSync(custom)) {
        await assertPortFree(ctx.ports.spare);
        const p = start(
          'npm start (scripts/server.mjs)',
          process.execPath,
          [custom, '-p', String(ctx.ports.spare), '-H', '127.0.0.1'],
          {
            cwd: site.dir,
            env: { CONTENT_DIR: site.contentDir, DRAFT_SECRET: ctx.draftSecret },
            logFile: path.join(LOGS, 'server-mjs.log'),
          },
        );
        const url = `http://127.0.0.1:${ctx.ports.spare}`;
        await waitForHttp(`${url}/`, 60_000, p);
        servers.push({ name: 'npm start (server.mjs)', url, process: p });
        upstreamPort = ctx.ports.spare;
      }
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
          facts.push(
            `${t.name} (${t.path}) from ${s.name}: ${res.status}, ${(body.byteLength / 1024).toFixed(1)} KB` +
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
          console.log(`  autocannon ${label} …`);
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
          {
            metric: `${t.name}: next / nginx static`,
            value: nextR.reqPerSec / nginx.reqPerSec,
            unit: '×',
            reference: { value: BARE_RATIO, label: 'bare page' },
            target: { op: '>=', value: 0.15 },
            note: `template ${TEMPLATE_RATIO}×`,
          },
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
        `${load0.connections} connections for ${load0.durationS} s per measurement (cap ` +
          `${load0.maxRequests.toLocaleString('en-GB')} requests) after a ${warm.durationS} s warm-up, one server at ` +
          `a time, no Accept-Encoding (no compression anywhere). ` +
          'autocannon, nginx (2 workers) and next start share the 2 cores, so absolute figures are low for every ' +
          'server; the ratios are the comparable part.',
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
      for (const s of servers) {
        await s.nginx?.stop();
        if (s.process) await stop(s.process);
      }
    }
  },
};
