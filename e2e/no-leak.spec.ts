import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { previewLinkPath } from '../lib/preview/previewLink';
import { drafts, scheduled, urlOf } from './content';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : e.isFile() ? [full] : [];
  });
}

test('no file the build emitted mentions a draft or scheduled story', () => {
  // The server's runtime caches hold 404s for these URLs (which name the slug), never their text.
  const isRuntimeCache = (f: string) => /[\\/](cache|route-cache)[\\/]/.test(f);
  const files = filesUnder('.next');
  expect(files.filter((f) => !isRuntimeCache(f)).length).toBeGreaterThan(50);
  const hidden = [...drafts, ...scheduled];
  for (const file of files) {
    const text = fs.readFileSync(file, 'latin1');
    for (const a of hidden) {
      if (!isRuntimeCache(file)) expect(text.includes(a.slug), `${a.slug} in ${file}`).toBe(false);
      expect(text.includes(a.title), `${a.title} in ${file}`).toBe(false);
      expect(text.includes(a.dek), `standfirst of ${a.slug} in ${file}`).toBe(false);
    }
  }
});

/** Starts another production server on its own port with the given preview secret. */
function startServer(port: number, secret: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if (secret === undefined) delete env.DRAFT_SECRET;
  else env.DRAFT_SECRET = secret;
  const child = spawn('node', ['scripts/server.mjs', '-p', String(port), '-H', '127.0.0.1'], { env, detached: true });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return {
    output: () => output,
    exited,
    stop: () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
    },
  };
}

test('without DRAFT_SECRET, preview routes answer 404 and the server says preview is off', async ({
  request,
}, info) => {
  const port = 3200 + info.parallelIndex + (info.project.name === 'phone' ? 10 : 0);
  const server = startServer(port, undefined);
  try {
    await expect
      .poll(async () => (await request.get(`http://127.0.0.1:${port}/`).catch(() => null))?.status(), {
        timeout: 30_000,
      })
      .toBe(200);
    expect((await request.get(`http://127.0.0.1:${port}/api/draft?secret=anything&path=/city/x`)).status()).toBe(404);
    expect((await request.get(`http://127.0.0.1:${port}/api/draft/disable`)).status()).toBe(404);
    expect((await request.get(`http://127.0.0.1:${port}/preview`)).status()).toBe(404);
    expect(server.output()).toContain('preview is off');
  } finally {
    server.stop();
  }
});

test('a DRAFT_SECRET shorter than 32 characters is refused at start', async ({ browserName: _ }, info) => {
  const server = startServer(3300 + info.parallelIndex + (info.project.name === 'phone' ? 10 : 0), 'too-short');
  try {
    expect(await server.exited).not.toBe(0);
    expect(server.output()).toContain('DRAFT_SECRET must be at least 32 characters');
  } finally {
    server.stop();
  }
});

test('a preview session ends when DRAFT_SECRET changes, without a rebuild', async ({ request }, info) => {
  const port = 3250 + info.parallelIndex + (info.project.name === 'phone' ? 10 : 0);
  const base = `http://127.0.0.1:${port}`;
  const [before, after] = ['first-preview-secret-0123456789abcdef', 'second-preview-secret-0123456789abcdef'];
  const draftUrl = `${base}${urlOf(drafts[0]!)}`;
  const up = () =>
    expect.poll(async () => (await request.get(`${base}/`).catch(() => null))?.status(), { timeout: 30_000 }).toBe(200);
  let server = startServer(port, before);
  let cookie: string;
  try {
    await up();
    const link = previewLinkPath(urlOf(drafts[0]!), Math.floor(Date.now() / 1000) + 3600, before);
    const enter = await request.get(`${base}${link}`, { maxRedirects: 0 });
    expect(enter.status()).toBe(307);
    cookie = enter
      .headersArray()
      .filter((h) => h.name.toLowerCase() === 'set-cookie')
      .map((h) => h.value.split(';')[0])
      .join('; ');
    expect((await request.get(draftUrl, { headers: { cookie } })).status()).toBe(200);
  } finally {
    server.stop();
    await server.exited;
  }
  server = startServer(port, after);
  try {
    await up();
    expect((await request.get(draftUrl, { headers: { cookie } })).status()).toBe(404);
    const oldLink = previewLinkPath(urlOf(drafts[0]!), Math.floor(Date.now() / 1000) + 3600, before);
    expect((await request.get(`${base}${oldLink}`, { maxRedirects: 0 })).status()).toBe(401);
  } finally {
    server.stop();
  }
});
