import { expect, test } from '@playwright/test';
import { publicArticles, urlOf } from './content';
import { type RawResponse, rawRequest, rawSend } from './rawHttp';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const story = publicArticles[0]!;

const raw = (request: string | Buffer) => rawRequest(PORT, request);
const get = (target: string, extra = '') => rawSend(PORT, 'GET', target, extra);

const LEAKS = [
  /\bat .+\.(?:js|ts):\d+/,
  /node_modules/,
  /\/work\//,
  /webpack|turbopack:\/\//i,
  /Error: .*\n\s+at /,
  /ENOENT|EACCES/,
];

function expectNoLeak(r: RawResponse, label: string) {
  expect(r.status, label).toBeGreaterThanOrEqual(200);
  expect(r.status, label).toBeLessThan(500);
  for (const leak of LEAKS) expect(leak.test(r.body), `${label}: body matches ${leak}`).toBe(false);
}

const traversal = [
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%252e%252e%252fetc%252fpasswd',
  '..%5c..%5cetc%5cpasswd',
  '....//....//etc/passwd',
  '%2e%2e%2fpackage.json',
  '..%2f.env',
  '.%2e/.%2e/etc/passwd',
  '%c0%ae%c0%ae%2fetc%2fpasswd',
  '..%00',
];
const notFoundPaths = [
  ...traversal.map((t) => `/${t}`),
  ...traversal.map((t) => `/city/${t}`),
  ...traversal.map((t) => `/authors/${t}`),
  ...traversal.map((t) => `/topics/${t}`),
  ...traversal.map((t) => `/feeds/sections/${t}/rss.xml`),
  `/city/${story.slug}%00`,
  '/city/%00',
  '/%01%02%03',
  '/city/%ff%fe',
  '/%c3%28',
  '/%E0%A4%A',
  '/city/%',
  '/city/%zz',
  `/${'a'.repeat(4000)}`,
  `/city/${'b-'.repeat(2000)}x`,
  '/cards/..%2f..%2fpackage.json',
  '/cards/%2e%2e%2fnext.config.js.png',
  '/images/..%2f..%2fpackage.json',
  '/_next/static/..%2f..%2fpackage.json',
  '/_next/image?url=%2F..%2Fpackage.json&w=640&q=75',
  '/_next/image?url=file%3A%2F%2F%2Fetc%2Fpasswd&w=640&q=75',
  '/sitemaps/..%2fsitemap.xml',
  `/content/articles/${story.slug}.mdx`,
  '/package.json',
  '/.env',
  '/.git/config',
];

const pathCount = notFoundPaths.length;
test(`a corpus of ${pathCount}+ hostile paths gets 4xx answers with no stack traces or file paths`, async () => {
  expect(notFoundPaths.length).toBeGreaterThanOrEqual(60);
  for (const path of notFoundPaths) {
    const r = await get(path);
    expectNoLeak(r, path);
    expect([308, 400, 404, 405, 414, 431], `${path} -> ${r.status}`).toContain(r.status);
    // A redirect is only ever Next.js collapsing "//" into one internal path.
    if (r.status === 308)
      expect(/\r\nlocation: ([^\r]+)/i.exec(r.headers)?.[1], path).toMatch(/^(http:\/\/127\.0\.0\.1:\d+)?\/[^/]/);
    expect(r.body, path).not.toContain('root:x:0:0');
    expect(r.body, path).not.toContain('"name": "masthead"');
  }
});

test('dot segments resolve inside the site, never above it', async () => {
  // "/%2e%2e" is "/.." is "/": the front page, by URL normalisation (RFC 3986), not a file.
  for (const path of ['/%2e%2e', '/..', '/.%2e', '/%2e%2e/%2e%2e/%2e%2e']) {
    const r = await get(path);
    expectNoLeak(r, path);
    expect([200, 308], path).toContain(r.status);
  }
});

test('overlong query strings, NUL and control bytes in queries do no harm', async () => {
  for (const query of [
    `?${'q='.repeat(5000)}`,
    '?q=%00%01%02',
    '?page=%ff',
    `?x=${'%'.repeat(3000)}`,
    '?__proto__[x]=1',
    '?constructor=1',
  ]) {
    for (const path of ['/', `/${story.section}`, urlOf(story)]) {
      const r = await get(`${path}${query}`);
      expectNoLeak(r, `${path}${query.slice(0, 40)}`);
    }
  }
});

test('case and trailing-slash variants redirect to the canonical URL', async () => {
  const upper = `/${story.section.toUpperCase()}/${story.slug.toUpperCase()}`;
  for (const variant of [upper, `${urlOf(story)}/`, `/${story.section.toUpperCase()}`, `/${story.section}/`]) {
    const r = await get(variant);
    expect([301, 308], variant).toContain(r.status);
    const location = /\r\nlocation: ([^\r]+)/i.exec(r.headers)?.[1];
    expect(location, variant).toMatch(new RegExp(`^(http://[^/]+)?/${story.section}(/${story.slug})?$`));
  }
});

test('unknown methods on pages and route handlers never 5xx', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'FOO']) {
    for (const path of ['/feeds/rss.xml', '/sitemap.xml', '/api/draft', urlOf(story), '/']) {
      const r = await raw(
        `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      );
      expectNoLeak(r, `${method} ${path}`);
    }
  }
  for (const path of ['/feeds/rss.xml', urlOf(story), '/api/draft']) {
    const post = await raw(`TRACE ${path} HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\nConnection: close\r\n\r\n`);
    expect(post.status, path).toBe(405);
    expect(post.headers.toLowerCase(), path).toContain('allow: get, head');
  }
});

test('giant headers and a bogus preview cookie are refused or ignored', async () => {
  const giant = await get(urlOf(story), `X-Big: ${'x'.repeat(20_000)}\r\n`);
  expect(giant.status).toBe(431);
  const cookie = await get(
    `/${story.section}`,
    'Cookie: __prerender_bypass=forged-value-1234567890; __next_preview_data=bogus\r\n',
  );
  expectNoLeak(cookie, 'bogus cookie');
  expect(cookie.status).toBe(200);
  const draftUrl = await get('/science/quillmoor-peat-bog-carbon-survey', 'Cookie: __prerender_bypass=forged\r\n');
  expect(draftUrl.status).toBe(404);
  const badHost = await raw(
    `GET / HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\nConnection: close\r\n\r\n`,
  );
  expectNoLeak(badHost, 'foreign host');
});

test('security headers on pages, files, feeds and 404s', async ({ request }) => {
  for (const path of [
    '/',
    urlOf(story),
    '/feeds/rss.xml',
    '/no-such-page',
    '/images/authors/ines-okafor.jpg',
    '/robots.txt',
  ]) {
    const headers = (await request.get(path)).headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).not.toContain('unsafe-eval');
    expect(csp, path).not.toMatch(/https?:\/\//);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['strict-transport-security'], path).toContain('max-age=');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
});

test('caching: immutable assets, CDN-friendly HTML, private preview', async ({ page, request }) => {
  const html = await request.get(`/${story.section}`);
  expect(html.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  expect(html.headers()['cache-control']).toContain('stale-while-revalidate');
  await page.goto(urlOf(story));
  const asset = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect((await request.get(asset!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('the page renders with the CSP enforced and no violations', async ({ page }) => {
  const violations: string[] = [];
  page.on(
    'console',
    (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && violations.push(m.text()),
  );
  await page.goto(urlOf(story));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/');
  expect(violations).toEqual([]);
});
