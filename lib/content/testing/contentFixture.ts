import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A 1×1 PNG, enough for image-size to read dimensions. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export interface Fixture {
  contentDir: string;
  publicDir: string;
  write: (relative: string, text: string) => void;
  remove: () => void;
}

export function section(title = 'City', order = 1): string {
  return `---\ntitle: ${title}\ndescription: News from the city.\norder: ${order}\n---\nIntro.\n`;
}

export function author(name = 'Ada Vell'): string {
  return `---\nname: ${name}\nrole: Reporter\navatar:\n  src: /images/a.png\n  alt: Portrait of ${name}\n---\nBio.\n`;
}

export function article(fields: Record<string, string> = {}, body = 'A story about the harbour.\n'): string {
  const base: Record<string, string> = {
    title: '"Harbour wall repaired"',
    dek: '"The wall is fixed."',
    section: 'city',
    authors: '[ada-vell]',
    publishedAt: '"2026-11-01T09:00:00+00:00"',
    status: 'published',
    ...fields,
  };
  const yaml = Object.entries(base)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

/** A live post's file; `fields` replace or (with '') drop the defaults. */
export function livePost(fields: Record<string, string> = {}, body = 'The gates are closing.\n'): string {
  const base: Record<string, string> = { at: '"2026-11-01T10:00:00+00:00"', status: 'published', ...fields };
  const yaml = Object.entries(base)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

/** A content tree with one section (city), one author (ada-vell) and one image, in a temp folder. */
export function makeFixture(): Fixture {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'masthead-content-'));
  const contentDir = path.join(root, 'content');
  const publicDir = path.join(root, 'public');
  const write = (relative: string, text: string) => {
    const file = path.join(contentDir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  fs.mkdirSync(path.join(publicDir, 'images'), { recursive: true });
  fs.writeFileSync(path.join(publicDir, 'images', 'a.png'), PIXEL);
  fs.mkdirSync(path.join(contentDir, 'articles'), { recursive: true });
  write('sections/city.mdx', section());
  write('authors/ada-vell.mdx', author());
  return { contentDir, publicDir, write, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}
