#!/usr/bin/env node
// Writes a placeholder for every demo image the content names (frontmatter `src:`, `<Figure src="…">`, under
// /images/, .jpg) that public/ lacks, so a new demo story (`npm run new:story` leaves an `image:` to fill in)
// passes the content check without a photo. The demo's own 46 pictures are committed; this never overwrites one.
// A placeholder is a flat scene in colours seeded from its path: the same path, the same picture. No text.
//
//   /images/authors/* -> 400x400 silhouette; anything else -> 1600x900 sky, sun and ground
//
// Usage: node scripts/generate-demo-images.mjs

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PUBLIC_DIR = path.join(ROOT, 'public');
const IMAGE_SRC = /(?:^\s*src:\s*["']?|<Figure\b[^>]*?\bsrc=["'])(\/images\/[A-Za-z0-9._\-/]+?\.jpg)/gm;

const entries = await readdir(path.join(ROOT, 'content'), { recursive: true, withFileTypes: true });
const wanted = new Set();
for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.mdx'))) {
  const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
  for (const [, src] of text.matchAll(IMAGE_SRC)) if (!src.includes('..')) wanted.add(src);
}

/** Colours and the sun's place from the path's hash: a pale sky and a dark ground of one hue, a warmer sun. */
function palette(src) {
  const hash = createHash('sha256').update(src).digest();
  const hue = hash.readUInt16LE(0) % 360;
  const at = hash[2] % 60;
  return { sky: `hsl(${hue} 45% 78%)`, sun: `hsl(${(hue + 40) % 360} 70% 62%)`, ground: `hsl(${hue} 30% 32%)`, at };
}

function svg(src) {
  const { sky, sun, ground, at } = palette(src);
  const picture = (width, height, shapes) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="${width}" height="${height}" fill="${sky}"/>${shapes}</svg>`;
  if (src.startsWith('/images/authors/'))
    return picture(
      400,
      400,
      `<circle cx="200" cy="160" r="78" fill="${ground}"/>` +
        `<ellipse cx="200" cy="400" rx="150" ry="130" fill="${ground}"/>`,
    );
  return picture(
    1600,
    900,
    `<circle cx="${400 + at * 14}" cy="${260 + at * 2}" r="110" fill="${sun}"/>` +
      `<path d="M0 ${560 + at} Q 800 ${480 - at} 1600 ${600 - at} V 900 H 0 Z" fill="${ground}"/>`,
  );
}

let written = 0;
for (const src of [...wanted].sort()) {
  const out = path.join(PUBLIC_DIR, src);
  if (!out.startsWith(PUBLIC_DIR + path.sep) || existsSync(out)) continue;
  await mkdir(path.dirname(out), { recursive: true });
  await sharp(Buffer.from(svg(src)))
    .jpeg({ quality: 72, progressive: true, mozjpeg: true })
    .toFile(out);
  console.log(`wrote public${src}`);
  written++;
}
console.log(`generate-demo-images: ${wanted.size} images named by the content, ${written} placeholder(s) written`);
