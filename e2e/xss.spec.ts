import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Factbox } from '../components/Factbox';
import { PullQuote } from '../components/PullQuote';
import { compileMdx } from '../lib/mdx/mdxCompiler';
import { HOSTILE_BODIES } from '../lib/mdx/testing/hostileBodies';
import { previewLinkPath } from '../lib/preview/previewLink';
import { E2E_DRAFT_SECRET } from '../playwright.config';
import { e2eFixture } from './fixture';

/** The one place this spec enters preview, so a change to how editors get in touches one line. */
async function openInPreview(page: Page, pathname: string): Promise<void> {
  await page.goto(previewLinkPath(pathname, Math.floor(Date.now() / 1000) + 3600, E2E_DRAFT_SECRET));
}

/** Records every dialog, alert-like call and request to evil.example the page makes. */
async function watch(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.exposeFunction('reportScript', (what: string) => seen.push(`script: ${what}`));
  await page.addInitScript(() => {
    const report = (globalThis as unknown as { reportScript: (what: string) => void }).reportScript;
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const)
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => report(`${name}(${args.join()})`);
  });
  await page.route(/evil\.example/, (route) => {
    seen.push(`request: ${route.request().url()}`);
    return route.abort();
  });
  return seen;
}

// Not <link>: React adds <link rel="preload"> for each <img> it renders (a real page has it in <head>).
const ACTIVE = 'script,style,iframe,frame,object,embed,form,input,button,svg,math,base,meta,noscript';
/** A real page's own markup: its structured data block and the share island's buttons. */
const ACTIVE_BESIDES_THE_PAGE = 'script:not([type="application/ld+json"]),iframe,object,embed,form,input,svg,math,base';

/** Handlers, script URLs and `active` elements inside `scope`, as the browser parsed them. */
function dangerIn(page: Page, scope: string, active = ACTIVE): Promise<string[]> {
  return page.evaluate(
    ([selector, active]) => {
      const found: string[] = [];
      for (const root of document.querySelectorAll(selector)) {
        for (const el of root.querySelectorAll(active)) found.push(`<${el.localName}>`);
        for (const el of [root, ...root.querySelectorAll('*')]) {
          for (const attr of el.attributes) {
            const value = attr.value.replace(/[\u0000-\u0020]/g, '');
            if (/^on/i.test(attr.name)) found.push(`${el.localName} ${attr.name}`);
            if (/(?:^|,)(?:javascript|vbscript|data):/i.test(value) || /evil\.example/.test(value))
              found.push(`${el.localName} ${attr.name}="${attr.value}"`);
          }
        }
      }
      return found;
    },
    [scope, active] as const,
  );
}

/**
 * Whatever props the compiler passes to Figure go straight into the DOM: stricter than the real
 * Figure, which only renders images it has measured (and needs Next's bundler to import).
 */
function PassThroughFigure({ src, alt, caption, credit }: Record<string, string | undefined>) {
  return createElement('figure', null, createElement('img', { src, alt }), caption, credit);
}

/** A body rendered by the real compiler (lib/mdx) and React's server renderer, checker bypassed. */
async function rendered(body: string): Promise<string> {
  const story = { file: 'hostile.mdx', source: body, body };
  return renderToStaticMarkup(await compileMdx(story, { Figure: PassThroughFigure, PullQuote, Factbox }));
}

/** Serves `html` as a page of the site's own origin, so relative URLs and the page's rights are real. */
async function showAsPage(page: Page, html: string): Promise<void> {
  await page.route('**/e2e-rendered-body', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>Body</title></head><body><main>${html}</main></body></html>`,
    }),
  );
  await page.goto('/e2e-rendered-body', { waitUntil: 'load' });
}

test.describe('a hostile body that got past the checker renders inert in a browser', () => {
  for (const [name, body] of HOSTILE_BODIES) {
    test(name, async ({ page }) => {
      const seen = await watch(page);
      await showAsPage(page, await rendered(body));
      await page.locator('main *').evaluateAll((els) => {
        for (const el of els) for (const type of ['mouseover', 'focus', 'toggle']) el.dispatchEvent(new Event(type));
      });
      expect(await dangerIn(page, 'main')).toEqual([]);
      expect(seen).toEqual([]);
    });
  }

  test('the harness catches the same markup when it is not sanitised', async ({ page }) => {
    const seen = await watch(page);
    await showAsPage(page, '<a HREF="java&#9;script:alert(1)">x</a><img src="/nope.jpg" alt="" onerror="alert(2)">');
    await expect.poll(() => seen).toEqual(['script: alert(2)']);
    expect(await dangerIn(page, 'main')).toEqual(['a href="java\tscript:alert(1)"', 'img onerror']);
  });
});

/** A draft written into the running server's content, removed afterwards. */
function withDraft(slug: string, frontmatter: string, body: string): () => void {
  const file = path.join(e2eFixture().contentDir, 'articles', `${slug}.mdx`);
  const rest = ['section: city', 'authors: [ines-okafor]', 'publishedAt: "2026-11-20T09:00:00+00:00"', 'status: draft'];
  fs.writeFileSync(file, `---\n${frontmatter}\n${rest.join('\n')}\n---\n\n${body}\n`);
  return () => fs.rmSync(file, { force: true });
}

test('a draft holding every hostile body is refused with file:line:column and none of it reaches the page', async ({
  page,
}, info) => {
  const slug = `e2e-xss-body-${info.project.name}`;
  const remove = withDraft(
    slug,
    'title: "Hostile body"\ndek: "Every payload at once."',
    HOSTILE_BODIES.map(([, body]) => body).join('\n\n'),
  );
  try {
    const seen = await watch(page);
    await openInPreview(page, `/city/${slug}`);
    const panel = page.getByRole('alert', { name: 'This story has content errors' });
    await expect(panel).toContainText(
      `${slug}.mdx:10:4 only http:, https:, mailto:, relative and #fragment URLs are allowed: ` +
        'HREF="java\\u0009script:alert(1)"',
    );
    // Each payload is refused on its own last line (a reference link's definition comes last).
    const text = (await panel.textContent()) ?? '';
    let line = 9;
    for (const [name, body] of HOSTILE_BODIES) {
      line += body.split('\n').length + 1;
      expect(text, name).toContain(`${slug}.mdx:${line - 1}:`);
    }
    expect(await dangerIn(page, 'main', ACTIVE_BESIDES_THE_PAGE)).toEqual([]);
    expect(seen).toEqual([]);
  } finally {
    remove();
  }
});

test('markup in frontmatter fields shows as text and runs nothing', async ({ page }, info) => {
  const slug = `e2e-xss-frontmatter-${info.project.name}`;
  const remove = withDraft(
    slug,
    [
      `title: '</title><script>alert(1)</script>'`,
      `dek: '<img src=x onerror=alert(1)>'`,
      `tags: ['<svg onload=alert(1)>']`,
      'image:',
      '  src: /images/stories/assembly-vote-flood-defence-levy.jpg',
      `  alt: '" onerror="alert(1)'`,
      `  caption: '</script><script>alert(1)</script>'`,
      `  credit: 'javascript:alert(1)'`,
      'updates:',
      `  - { at: "2026-11-21T09:00:00+00:00", kind: correction, note: '<a href="javascript:alert(1)">x</a>' }`,
    ].join('\n'),
    'A plain body.',
  );
  try {
    const seen = await watch(page);
    await openInPreview(page, `/city/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('</title><script>alert(1)</script>');
    await expect(page.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    expect(await dangerIn(page, 'main', ACTIVE_BESIDES_THE_PAGE)).toEqual([]);
    expect(seen).toEqual([]);
  } finally {
    remove();
  }
});
