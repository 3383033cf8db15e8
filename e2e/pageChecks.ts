import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';

/** Every WCAG 2.2 AA and best-practice violation axe finds on the open page, as "impact id: targets". */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The Nu HTML Checker's messages (`--errors-only`) for these pages, fetched and saved under `.tmp/<dir>` as
 * `<name>.html`, each as "<name>.html: message extract"; none when every page is valid.
 */
export async function nuCheckerErrors(
  request: APIRequestContext,
  pages: Record<string, string>,
  dir: string,
): Promise<string[]> {
  const out = path.join('.tmp', dir);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  for (const [name, url] of Object.entries(pages))
    fs.writeFileSync(path.join(out, `${name.replace(/\W+/g, '-')}.html`), await (await request.get(url)).text());
  const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
  let messages: { type: string; url: string; message: string; extract?: string }[] = [];
  try {
    execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'json', out], { stdio: 'pipe' });
  } catch (error) {
    messages = JSON.parse(String((error as { stderr: Buffer }).stderr)).messages;
  }
  // Every message counts, not only `error`: a page the checker could not read is a failure too.
  return messages.map((m) => `${path.basename(m.url)}: ${m.message} ${m.extract ?? ''}`);
}
