#!/usr/bin/env node
// Generates deterministic abstract placeholder illustrations for the demo content.
//
// Scans content/**/*.mdx for image paths (frontmatter `src:` values and `<Figure src="...">` attributes) under
// /images/ ending in .jpg, and writes public/<path> for each one that is missing (or every one with --force).
//
// Every image is rendered from an SVG string with sharp. The drawing is seeded from a hash of the image path,
// so the same path always produces the same picture. No text is drawn.
//
//   /images/stories/*  -> 1600x900 editorial landscape (sky, horizon, shapes)
//   /images/authors/*  -> 400x400 head-and-shoulders silhouette
//
// Usage: node scripts/generate-demo-images.mjs [--force]

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONTENT_DIR = path.join(ROOT, 'content');
const PUBLIC_DIR = path.join(ROOT, 'public');
const FORCE = process.argv.includes('--force');
const MAX_BYTES = 120 * 1024;

// ---------------------------------------------------------------------------
// Finding image references

const FRONTMATTER_SRC = /^\s*src:\s*["']?(\/images\/[^"'\s]+?\.jpg)["']?\s*$/gm;
const FIGURE_SRC = /<Figure\b[^>]*?\bsrc=["'](\/images\/[^"']+?\.jpg)["']/g;
const SAFE_PATH = /^\/images\/[A-Za-z0-9._\-/]+\.jpg$/;

async function collectImagePaths() {
  const entries = await readdir(CONTENT_DIR, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'));
  const found = new Set();
  for (const file of files) {
    const text = await readFile(path.join(file.parentPath, file.name), 'utf8');
    for (const [, p] of [...text.matchAll(FRONTMATTER_SRC), ...text.matchAll(FIGURE_SRC)])
      if (SAFE_PATH.test(p) && !p.includes('..')) found.add(p);
  }
  return { files: files.length, paths: [...found].sort() };
}

// ---------------------------------------------------------------------------
// Deterministic randomness

function seedFrom(str) {
  return createHash('sha256').update(str).digest().readUInt32LE(0);
}

// mulberry32: small, fast, good enough for picking shapes.
function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    range: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => Math.floor(lo + (hi - lo + 1) * next()),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const r1 = (n) => Math.round(n * 10) / 10;
/** One SVG point, `x y`, each to a tenth. */
const pt = (x, y) => `${r1(x)} ${r1(y)}`;
/** A closed SVG path through the points of `coords` (x, y, x, y, …). */
function polygon(coords) {
  const points = [];
  for (let i = 0; i < coords.length; i += 2) points.push(pt(coords[i], coords[i + 1]));
  return `M ${points.join(' L ')} Z`;
}
// Shapes with their position and size to a tenth, then any further attributes.
const rect = (x, y, width, height, attributes) =>
  `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(width)}" height="${r1(height)}" ${attributes}/>`;
const ellipse = (cx, cy, rx, ry, attributes) =>
  `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(rx)}" ry="${r1(ry)}" ${attributes}/>`;
const circle = (cx, cy, r, attributes) => `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r)}" ${attributes}/>`;
/** Story illustrations are W x H; author avatars S x S. */
const W = 1600;
const H = 900;
const S = 400;

// ---------------------------------------------------------------------------
// Palettes

const PALETTE_KEYS = ['skyTop', 'skyBottom', 'sun', 'far', 'mid', 'near', 'water', 'accent', 'light'];
const palette = (name, colours) =>
  Object.fromEntries([['name', name], ...colours.split(' ').map((c, i) => [PALETTE_KEYS[i], c])]);
const PALETTES = [
  palette('dawn', '#f3bfa0 #fbe8d4 #fff5e2 #c9a3b5 #8e6f8f #4b3e5c #6d7fa0 #e98a6b #fff3e6'),
  palette('harbour-dusk', '#23304a #c97b63 #f3c98b #5b5472 #3d3a58 #1f2236 #2f4262 #f2a65a #f8dcb4'),
  palette('overcast', '#56636f #b2bcc2 #e3e8ea #7f8c95 #52606b #2c3840 #3e5260 #d7b46a #e9eef0'),
  palette('summer', '#78b2d6 #e6f1f4 #fff3b8 #9cc3b0 #5d9a7c #2f5e4f #3f7fa8 #f0b84d #ffffff'),
  palette('teal-evening', '#0f3b47 #6aa6a4 #f7e3a1 #2d6a6f #1f4e55 #0c2a30 #174a57 #e8c06a #f3ecd0'),
  palette('heat-haze', '#ee9447 #fde3b1 #fff6d8 #e0a46e #b8744a #6e3f2c #c98a5a #8c2f1f #fff1d6'),
  palette('winter-night', '#101a33 #434878 #f6e7b4 #2c3157 #1e2244 #0d1026 #1a2347 #f4c05e #f9e9c0'),
  palette('moorland', '#a9b8b0 #eef0e4 #ffffff #a3ad8d #7b8660 #4a5236 #7a95a0 #b0553b #f6f4ea'),
  palette('slate-rose', '#4a4e69 #d8a7a0 #fbe3cf #8a7f96 #5c5470 #2e2a3d #4f5b7a #e07a5f #f7e1d7'),
];

/** A word list written compactly: items are separated by `|` or line breaks. */
const list = (s) =>
  s
    .split(/[|\n]/)
    .map((w) => w.trim())
    .filter(Boolean);

// Scene is chosen from the hash, nudged by words in the file name so a flood
// story tends to get water and a reservoir story tends to get hills.
const SCENE_HINTS = {
  waterfront: list(`
    flood | surge | harbour | quay | fish | tidal | turbine | sprat | estuary | dock | sea | levy | net-lofts
  `),
  coast: list('cliff | coast | erosion | saltings-head | marathon'),
  hills: list('moor | bog | reservoir | upland | peat | cross-country | heat'),
  city: list(`
    tram | street | library | council | school | budget | stand | rovers | festival | lantern | bookshop | trader
    hotel | visitor
  `),
};

function chooseScene(imagePath, rng) {
  const name = path.basename(imagePath, '.jpg').toLowerCase();
  const hinted = Object.keys(SCENE_HINTS).find((scene) => SCENE_HINTS[scene].some((w) => name.includes(w)));
  // Mostly follow the hint, occasionally surprise, so the set stays varied.
  if (hinted && rng.chance(0.8)) return hinted;
  return rng.pick(Object.keys(SCENE_HINTS));
}

// ---------------------------------------------------------------------------
// Story illustration (1600x900)

function ridgePath(rng, { baseY, amplitude, step, smooth = 0.5 }) {
  const pts = [];
  let y = baseY - rng.range(0, amplitude);
  for (let x = -step; x <= W + step; x += step) {
    const target = baseY - rng.range(0, amplitude);
    y = y * smooth + target * (1 - smooth);
    pts.push([x, y]);
  }
  let d = `M ${-step} ${H} L ${pt(...pts[0])}`;
  for (let i = 1; i < pts.length; i++) {
    const [px, py] = pts[i - 1];
    const [x, yy] = pts[i];
    d += ` Q ${pt(px, py)} ${pt((px + x) / 2, (py + yy) / 2)}`;
  }
  return `${d} L ${pt(...pts.at(-1))} L ${W + step} ${H} Z`;
}

function buildingsRow(rng, { baseY, minH, maxH, fill, windowColor, density = 1 }) {
  let x = rng.range(-60, 0);
  const parts = [];
  while (x < W + 40) {
    const w = rng.range(50, 150) / density;
    const h = rng.range(minH, maxH);
    const top = baseY - h;
    const roof = rng.pick(['flat', 'flat', 'gable', 'saw', 'step']);
    let d;
    if (roof === 'gable') {
      const peak = rng.range(18, 46);
      d = polygon([x, baseY, x, top, x + w / 2, top - peak, x + w, top, x + w, baseY]);
    } else if (roof === 'saw') {
      const teeth = Math.max(2, Math.round(w / 34));
      const tw = w / teeth;
      const coords = [x, baseY, x, top];
      for (let i = 0; i < teeth; i++) coords.push(x + tw * i + tw, top - 20, x + tw * i + tw, top);
      d = polygon([...coords, x + w, baseY]);
    } else if (roof === 'step') {
      const inset = w * 0.22;
      const [left, right] = [x + inset, x + w - inset];
      d = polygon([x, baseY, x, top, left, top, left, top - 26, right, top - 26, right, top, x + w, top, x + w, baseY]);
    } else {
      d = polygon([x, baseY, x, top, x + w, top, x + w, baseY]);
    }
    parts.push(`<path d="${d}" fill="${fill}"/>`);
    if (windowColor && h > 70 && rng.chance(0.7)) {
      const cols = Math.max(1, Math.floor((w - 16) / 22));
      const rows = Math.max(1, Math.floor((h - 30) / 30));
      const lit = rng.range(0.15, 0.45);
      for (let c = 0; c < cols; c++) {
        for (let rr = 0; rr < rows; rr++) {
          if (!rng.chance(lit)) continue;
          parts.push(rect(x + 10 + c * 22, top + 16 + rr * 30, 10, 14, `fill="${windowColor}" opacity="0.75"`));
        }
      }
    }
    x += w + rng.range(0, 14);
  }
  return parts.join('');
}

function waves(rng, { top, bottom, count, color, opacity }) {
  const parts = [];
  for (let i = 0; i < count; i++) {
    const t = i / count;
    const y = top + (bottom - top) * t ** 1.6 + rng.range(-4, 4);
    const amp = 2 + t * 10;
    const len = 60 + t * 180;
    const start = rng.range(-len, 0);
    let d = `M ${pt(start, y)}`;
    for (let x = start; x < W + len; x += len) d += ` q ${pt(len / 4, -amp)} ${r1(len / 2)} 0 t ${r1(len / 2)} 0`;
    parts.push(
      `<path d="${d}" fill="none" stroke="${color}" stroke-width="${r1(1.2 + t * 3)}" stroke-linecap="round" ` +
        `opacity="${r1(opacity * (0.5 + t))}"/>`,
    );
  }
  return parts.join('');
}

function clouds(rng, p, maxY) {
  const parts = [];
  for (let n = rng.int(2, 5); n > 0; n--) {
    const cx = rng.range(0, W);
    const cy = rng.range(60, maxY);
    const w = rng.range(180, 460);
    const h = rng.range(14, 34);
    parts.push(ellipse(cx, cy, w / 2, h, `fill="${p.light}" opacity="${r1(rng.range(0.12, 0.3))}"`));
  }
  return parts.join('');
}

function storySvg(imagePath, rng) {
  const p = rng.pick(PALETTES);
  const scene = chooseScene(imagePath, rng);
  const horizon = r1(H * rng.range(0.52, 0.64));
  const sunX = r1(rng.range(W * 0.12, W * 0.88));
  const sunY = r1(rng.range(H * 0.14, horizon - 90));
  const sunR = r1(rng.range(46, 96));
  const ridge = (shape, attributes) => `<path d="${ridgePath(rng, shape)}" ${attributes}/>`;
  const water = `<rect x="0" y="${horizon}" width="${W}" height="${H - horizon}" fill="url(#water)"/>`;
  const layers = [];

  layers.push(`<rect width="${W}" height="${H}" fill="url(#sky)"/>`);
  layers.push(`<circle cx="${sunX}" cy="${sunY}" r="${r1(sunR * 3.2)}" fill="url(#glow)"/>`);
  layers.push(`<circle cx="${sunX}" cy="${sunY}" r="${sunR}" fill="${p.sun}" opacity="0.92"/>`);
  layers.push(clouds(rng, p, horizon - 120));

  if (scene === 'waterfront') {
    layers.push(ridge({ baseY: horizon - 20, amplitude: 90, step: 160 }, `fill="${p.far}" opacity="0.8"`));
    layers.push(buildingsRow(rng, { baseY: horizon, minH: 50, maxH: 230, fill: p.mid, windowColor: p.accent }));
    // A crane or two on the skyline.
    for (let cranes = rng.int(0, 2); cranes > 0; cranes--) {
      const cx = rng.range(W * 0.1, W * 0.9);
      const top = horizon - rng.range(200, 320);
      const jib = rng.range(140, 260) * (rng.chance(0.5) ? 1 : -1);
      layers.push(
        `<path d="M ${pt(cx, horizon)} L ${pt(cx, top)} M ${pt(cx - jib * 0.25, top + 8)} L ${pt(cx + jib, top + 8)} ` +
          `M ${pt(cx, top - 30)} L ${pt(cx + jib * 0.9, top + 8)}" stroke="${p.near}" stroke-width="6" fill="none" ` +
          `stroke-linecap="square"/>`,
      );
    }
    layers.push(water);
    // Sun reflection.
    for (let i = 0; i < 14; i++) {
      const y = horizon + 10 + i * ((H - horizon) / 15);
      const w = rng.range(20, 90) * (1 + i * 0.12);
      const x = sunX - w / 2 + rng.range(-20, 20);
      layers.push(rect(x, y, w, 2 + i * 0.5, `rx="2" fill="${p.sun}" opacity="${r1(0.5 - i * 0.025)}"`));
    }
    layers.push(waves(rng, { top: horizon + 12, bottom: H - 10, count: 16, color: p.light, opacity: 0.35 }));
    // Quay wall in the foreground on one side.
    const left = rng.chance(0.5);
    const qw = rng.range(W * 0.25, W * 0.45);
    const qy = rng.range(H * 0.78, H * 0.86);
    const qx = left ? 0 : W - qw;
    layers.push(
      `<path d="${polygon([qx, H, qx, qy, qx + qw, qy + (left ? 20 : -20), qx + qw, H])}" fill="${p.near}"/>`,
    );
    for (let i = 0; i < 4; i++) {
      const bx = qx + qw * (0.12 + i * 0.22);
      layers.push(rect(bx, qy - 18, 14, 22, `rx="5" fill="${p.near}"`));
    }
  } else if (scene === 'coast') {
    layers.push(ridge({ baseY: horizon - 10, amplitude: 50, step: 220 }, `fill="${p.far}" opacity="0.6"`));
    layers.push(water);
    layers.push(waves(rng, { top: horizon + 8, bottom: H - 20, count: 14, color: p.light, opacity: 0.4 }));
    const left = rng.chance(0.5);
    const cw = rng.range(W * 0.35, W * 0.55);
    const ctop = rng.range(H * 0.28, H * 0.42);
    /** The cliff stands on one side: `dx` from that edge. */
    const side = (dx) => (left ? dx : W - dx);
    const cliff = [
      [0, H],
      [0, ctop],
      [cw * 0.55, ctop + rng.range(-20, 30)],
      [cw * 0.8, ctop + 40],
      [cw * 0.86, H * 0.7],
      [cw, H * 0.82],
      [cw * 1.1, H],
    ];
    layers.push(`<path d="${polygon(cliff.flatMap(([dx, y]) => [side(dx), y]))}" fill="${p.mid}"/>`);
    // Strata lines on the cliff face.
    for (let i = 1; i < 6; i++) {
      const y = ctop + 40 + i * ((H * 0.7 - ctop) / 6);
      layers.push(
        `<path d="M ${pt(side(0), y)} L ${pt(side(cw * 0.82), y + rng.range(-8, 8))}" stroke="${p.near}" ` +
          `stroke-width="3" opacity="0.35"/>`,
      );
    }
    const ledge = polygon([side(0), ctop, side(cw * 0.55), ctop, side(cw * 0.55), ctop + 14, side(0), ctop + 18]);
    layers.push(`<path d="${ledge}" fill="${p.near}" opacity="0.55"/>`);
    // Breaking surf at the cliff foot.
    for (let i = 0; i < 6; i++) {
      const bx = side(cw * 0.95) + rng.range(-60, 60);
      const by = H * 0.84 + rng.range(-20, 40);
      layers.push(
        `<path d="M ${pt(bx - 50, by)} q 25 -28 50 -10 t 50 6" fill="none" stroke="${p.light}" ` +
          `stroke-width="5" stroke-linecap="round" opacity="0.75"/>`,
      );
    }
    // Distant lighthouse on the far side.
    if (rng.chance(0.7)) {
      const lx = left ? rng.range(W * 0.7, W * 0.9) : rng.range(W * 0.1, W * 0.3);
      layers.push(
        `<path d="M ${r1(lx - 9)} ${horizon + 4} L ${r1(lx - 6)} ${horizon - 70} L ${r1(lx + 6)} ${horizon - 70} L ` +
          `${r1(lx + 9)} ${horizon + 4} Z" fill="${p.light}"/><rect x="${r1(lx - 8)}" y="${horizon - 84}" width="16" ` +
          `height="14" fill="${p.accent}"/><path d="M ${r1(lx - 10)} ${horizon - 84} L ${r1(lx)} ${horizon - 96} L ` +
          `${r1(lx + 10)} ${horizon - 84} Z" fill="${p.near}"/>`,
      );
    }
  } else if (scene === 'hills') {
    layers.push(ridge({ baseY: horizon - 40, amplitude: 120, step: 200 }, `fill="${p.far}" opacity="0.75"`));
    layers.push(ridge({ baseY: horizon + 30, amplitude: 110, step: 180 }, `fill="${p.mid}" opacity="0.9"`));
    // A reservoir or lake.
    if (rng.chance(0.75)) {
      const lx = rng.range(W * 0.25, W * 0.75);
      const ly = horizon + rng.range(70, 120);
      const lw = rng.range(300, 560);
      layers.push(ellipse(lx, ly, lw / 2, lw / 12, `fill="${p.water}"`));
      layers.push(ellipse(lx, ly - 3, lw / 2.6, lw / 22, `fill="${p.light}" opacity="0.25"`));
    }
    layers.push(ridge({ baseY: H * 0.86, amplitude: 120, step: 240, smooth: 0.3 }, `fill="${p.near}"`));
    // Sparse trees on the nearest ridge.
    for (let trees = rng.int(5, 14); trees > 0; trees--) {
      const tx = rng.range(0, W);
      const ty = H * 0.78 + rng.range(0, 60);
      const th = rng.range(40, 90);
      layers.push(`<path d="${polygon([tx, ty - th, tx + th * 0.28, ty, tx - th * 0.28, ty])}" fill="${p.near}"/>`);
    }
    // Field lines.
    for (let i = 0; i < 5; i++) {
      const y = H * 0.9 + i * 16;
      layers.push(
        `<path d="M 0 ${r1(y)} Q ${r1(W / 2)} ${r1(y - rng.range(10, 40))} ${W} ${r1(y + rng.range(-10, 10))}" ` +
          `stroke="${p.mid}" stroke-width="3" fill="none" opacity="0.5"/>`,
      );
    }
  } else if (rng.chance(0.45)) {
    // Street frontage: a close row of facades with big windows and awnings.
    layers.push(buildingsRow(rng, { baseY: horizon - 40, minH: 60, maxH: 220, fill: p.far, density: 1.3 }));
    const ground = r1(H * rng.range(0.8, 0.86));
    let x = rng.range(-80, -10);
    while (x < W + 20) {
      const w = rng.range(180, 320);
      const h = rng.range(H * 0.45, H * 0.7);
      const top = ground - h;
      const tone = rng.chance(0.5) ? p.mid : p.near;
      layers.push(rect(x, top, w, h, `fill="${tone}"`));
      layers.push(rect(x, top, w, 12, `fill="${p.light}" opacity="0.18"`));
      // Upper windows: arched or square.
      const arched = rng.chance(0.5);
      const cols = Math.max(2, Math.floor(w / 70));
      const ww = (w - 30) / cols - 18;
      for (let rr = 0; rr < 2; rr++) {
        for (let c = 0; c < cols; c++) {
          const wx = x + 24 + c * (ww + 18);
          const wy = top + 36 + rr * (h * 0.22);
          const wh = h * 0.14;
          const fill = rng.chance(0.35) ? p.accent : p.light;
          const op = fill === p.accent ? 0.8 : 0.22;
          if (arched)
            layers.push(
              `<path d="M ${pt(wx, wy + wh)} L ${pt(wx, wy + ww / 2)} A ${pt(ww / 2, ww / 2)} 0 0 1 ` +
                `${pt(wx + ww, wy + ww / 2)} L ${pt(wx + ww, wy + wh)} Z" fill="${fill}" opacity="${op}"/>`,
            );
          else layers.push(rect(wx, wy, ww, wh, `fill="${fill}" opacity="${op}"`));
        }
      }
      // Shopfront with a striped awning.
      const sy = ground - h * 0.3;
      layers.push(rect(x + 16, sy, w - 32, ground - sy, `fill="${p.light}" opacity="0.28"`));
      if (rng.chance(0.7)) {
        const stripes = 6;
        const sw = (w - 20) / stripes;
        for (let i = 0; i < stripes; i++) {
          const [from, to] = [x + 10 + i * sw, x + 10 + (i + 1) * sw];
          const stripe = polygon([from, sy - 8, to, sy - 8, to + 6, sy + 30, from + 6, sy + 30]);
          layers.push(`<path d="${stripe}" fill="${i % 2 ? p.light : p.accent}" opacity="0.9"/>`);
        }
      }
      x += w + rng.range(0, 10);
    }
    layers.push(`<rect x="0" y="${ground}" width="${W}" height="${r1(H - ground)}" fill="${p.near}"/>`);
    layers.push(`<rect x="0" y="${ground}" width="${W}" height="8" fill="${p.light}" opacity="0.3"/>`);
    // Street lamps or bollards along the kerb.
    const lamps = rng.int(3, 6);
    for (let i = 0; i < lamps; i++) {
      const lx = ((i + 0.5) / lamps) * W + rng.range(-40, 40);
      layers.push(rect(lx - 3, ground - 200, 6, 200 + (H - ground) * 0.5, `fill="${p.near}"`));
      layers.push(circle(lx, ground - 206, 13, `fill="${p.sun}" opacity="0.9"`));
    }
  } else {
    // City: two layers of buildings, a street in perspective, overhead wires.
    layers.push(buildingsRow(rng, { baseY: horizon, minH: 80, maxH: 300, fill: p.far, density: 1.2 }));
    layers.push(buildingsRow(rng, { baseY: horizon + 40, minH: 90, maxH: 260, fill: p.mid, windowColor: p.light }));
    layers.push(`<rect x="0" y="${r1(horizon + 40)}" width="${W}" height="${r1(H - horizon - 40)}" fill="${p.near}"/>`);
    const vx = r1(rng.range(W * 0.35, W * 0.65));
    const vy = horizon + 40;
    layers.push(
      `<path d="M ${vx - 30} ${vy} L ${vx + 30} ${vy} L ${W * 0.92} ${H} L ${W * 0.08} ${H} Z" fill="${p.water}" ` +
        `opacity="0.55"/>`,
    );
    // Rails converging on the vanishing point.
    for (const off of [-0.18, -0.1, 0.1, 0.18]) {
      layers.push(
        `<path d="M ${r1(vx + off * 60)} ${vy} L ${r1(W / 2 + off * W * 1.3)} ${H}" stroke="${p.light}" ` +
          `stroke-width="4" opacity="0.55"/>`,
      );
    }
    // Overhead wires and poles.
    const poles = rng.int(3, 5);
    for (let i = 0; i < poles; i++) {
      const t = (i + 1) / (poles + 1);
      for (const side of [-1, 1]) {
        const px = vx + side * (30 + t * t * W * 0.55);
        const ph = 60 + t * t * 640;
        const base = vy + t * t * (H - vy);
        layers.push(rect(px - 2 - t * 4, base - ph, 4 + t * 8, ph, `fill="${p.light}" opacity="0.35"`));
      }
    }
    layers.push(
      `<path d="M 0 ${r1(horizon - 120)} Q ${vx} ${r1(vy - 40)} ${W} ${r1(horizon - 140)}" stroke="${p.near}" ` +
        `stroke-width="2.5" fill="none" opacity="0.8"/>`,
    );
    layers.push(
      `<path d="M 0 ${r1(horizon - 90)} Q ${vx} ${r1(vy - 30)} ${W} ${r1(horizon - 100)}" stroke="${p.near}" ` +
        `stroke-width="2" fill="none" opacity="0.6"/>`,
    );
    // A tram-like block approaching: a rounded rectangle with a band of windows.
    if (rng.chance(0.7)) {
      const tw = rng.range(220, 320);
      const tx = vx - tw / 2 + rng.range(-40, 40);
      const ty = vy + (H - vy) * 0.28;
      layers.push(rect(tx, ty, tw, tw * 0.62, `rx="26" fill="${p.accent}"`));
      layers.push(rect(tx + 18, ty + 22, tw - 36, tw * 0.22, `rx="8" fill="${p.light}" opacity="0.8"`));
      layers.push(rect(tx, ty + tw * 0.44, tw, 10, `fill="${p.near}" opacity="0.5"`));
    }
    // Strings of lights when the palette is dark.
    if (['winter-night', 'harbour-dusk', 'teal-evening'].includes(p.name)) {
      for (let s = 0; s < 2; s++) {
        const y0 = horizon - rng.range(40, 160);
        for (let i = 0; i <= 24; i++) {
          const x = (i / 24) * W;
          const sag = Math.sin((i / 24) * Math.PI * 2) * 18;
          layers.push(circle(x, y0 + sag + s * 30, 4, `fill="${p.accent}" opacity="0.9"`));
        }
      }
    }
  }

  // Soft vignette to finish.
  layers.push(`<rect width="${W}" height="${H}" fill="url(#vignette)"/>`);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs>
<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.skyTop}"/><stop offset="1" ` +
    `stop-color="${p.skyBottom}"/></linearGradient>
<linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.water}"/><stop offset="1" ` +
    `stop-color="${p.near}"/></linearGradient>
<radialGradient id="glow"><stop offset="0" stop-color="${p.sun}" stop-opacity="0.55"/><stop offset="1" ` +
    `stop-color="${p.sun}" stop-opacity="0"/></radialGradient>
<radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75"><stop offset="0.6" stop-color="#000" ` +
    `stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.28"/></radialGradient>
</defs>
${layers.join('\n')}
</svg>`
  );
}

// ---------------------------------------------------------------------------
// Author avatar (400x400)

function avatarSvg(rng) {
  const p = rng.pick(PALETTES);
  const bgA = rng.pick([p.accent, p.skyTop, p.water, p.far]);
  const bgB = rng.pick([p.skyBottom, p.light, p.sun]);
  const figure = p.near;
  const shade = p.mid;
  const layers = [];
  layers.push(`<rect width="${S}" height="${S}" fill="url(#bg)"/>`);

  const pattern = rng.pick(['rings', 'stripes', 'blocks']);
  if (pattern === 'rings') {
    const cx = rng.range(0, S);
    const cy = rng.range(0, S * 0.6);
    for (let i = 6; i >= 1; i--)
      layers.push(
        `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${i * 48}" fill="none" stroke="${p.light}" stroke-width="10" ` +
          `opacity="0.12"/>`,
      );
  } else if (pattern === 'stripes') {
    const angle = rng.pick([-30, 30, 60, -60]);
    let s = '';
    for (let i = -8; i < 16; i++)
      s += `<rect x="${i * 40}" y="-200" width="18" height="800" fill="${p.light}" opacity="0.1"/>`;
    layers.push(`<g transform="rotate(${angle} ${S / 2} ${S / 2})">${s}</g>`);
  } else {
    for (let i = 0; i < 5; i++) {
      const [x, y] = [rng.range(-40, S), rng.range(-40, S * 0.7)];
      const [width, height] = [rng.range(60, 160), rng.range(60, 160)];
      layers.push(rect(x, y, width, height, `fill="${p.light}" opacity="${r1(rng.range(0.08, 0.18))}"`));
    }
  }

  const cx = S / 2 + rng.range(-14, 14);
  const headR = rng.range(70, 82);
  const headY = rng.range(158, 176);
  const shoulderW = rng.range(150, 180);
  const shoulderY = headY + headR + rng.range(26, 38);
  const neckW = headR * 0.72;

  // Shoulders and torso.
  const [left, right] = [cx - shoulderW, cx + shoulderW];
  layers.push(
    `<path d="M ${pt(left, S + 10)} L ${pt(left, shoulderY + 60)} Q ${pt(left, shoulderY)} ` +
      `${pt(left + 70, shoulderY - 8)} L ${pt(right - 70, shoulderY - 8)} Q ${pt(right, shoulderY)} ` +
      `${pt(right, shoulderY + 60)} L ${pt(right, S + 10)} Z" fill="${figure}"/>`,
  );
  // Neck.
  layers.push(rect(cx - neckW / 2, headY + headR * 0.6, neckW, shoulderY - headY - headR * 0.4, `fill="${shade}"`));
  // Collar.
  const collar = rng.pick(['v', 'round', 'none']);
  if (collar === 'v') {
    const v = polygon([cx - neckW, shoulderY - 8, cx, shoulderY + 60, cx + neckW, shoulderY - 8]);
    layers.push(`<path d="${v}" fill="${shade}"/>`);
  } else if (collar === 'round') {
    layers.push(ellipse(cx, shoulderY - 6, neckW * 1.1, 18, `fill="${shade}"`));
  }
  // Head.
  layers.push(ellipse(cx, headY, headR * 0.9, headR, `fill="${shade}"`));
  // Hair as a simple cap shape.
  const hair = rng.pick(['cap', 'long', 'short', 'bun']);
  if (hair === 'cap' || hair === 'short') {
    const hairline = headY + headR * (hair === 'cap' ? 0.15 : -0.2);
    layers.push(
      `<path d="M ${pt(cx - headR * 0.95, hairline)} A ${pt(headR * 0.95, headR * 1.05)} 0 0 1 ` +
        `${pt(cx + headR * 0.95, hairline)} Q ${pt(cx, headY - headR * 0.45)} ${pt(cx - headR * 0.95, hairline)} Z" ` +
        `fill="${figure}"/>`,
    );
  } else if (hair === 'long') {
    const [ends, fringe] = [headY + headR * 1.1, headY - headR * 0.2];
    layers.push(
      `<path d="M ${pt(cx - headR * 1.05, ends)} L ${pt(cx - headR, headY)} A ${pt(headR, headR * 1.08)} 0 0 1 ` +
        `${pt(cx + headR, headY)} L ${pt(cx + headR * 1.05, ends)} L ${pt(cx + headR * 0.7, ends)} ` +
        `L ${pt(cx + headR * 0.75, fringe)} Q ${pt(cx, headY - headR * 0.55)} ${pt(cx - headR * 0.75, fringe)} ` +
        `L ${pt(cx - headR * 0.7, ends)} Z" fill="${figure}"/>`,
    );
  } else {
    layers.push(circle(cx + rng.range(-20, 20), headY - headR * 1.05, headR * 0.38, `fill="${figure}"`));
    layers.push(
      `<path d="M ${pt(cx - headR * 0.92, headY)} A ${pt(headR * 0.92, headR * 1.02)} 0 0 1 ` +
        `${pt(cx + headR * 0.92, headY)} Q ${pt(cx, headY - headR * 0.5)} ${pt(cx - headR * 0.92, headY)} Z" ` +
        `fill="${figure}"/>`,
    );
  }
  // Soft highlight on the face side.
  layers.push(
    ellipse(cx - headR * 0.3, headY + headR * 0.1, headR * 0.35, headR * 0.55, `fill="${p.light}" opacity="0.06"`),
  );

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}" viewBox="0 0 ${S} ${S}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${bgA}"/><stop offset="1" ` +
    `stop-color="${bgB}"/></linearGradient></defs>
${layers.join('\n')}
</svg>`
  );
}

// ---------------------------------------------------------------------------
// Rendering

async function render(imagePath) {
  const rng = makeRng(seedFrom(imagePath));
  const svg = imagePath.startsWith('/images/authors/') ? avatarSvg(rng) : storySvg(imagePath, rng);
  const base = sharp(Buffer.from(svg));
  // Lower the quality in steps until the file fits (or quality reaches 40).
  for (let quality = 72; ; quality -= 8) {
    const buf = await base.clone().jpeg({ quality, progressive: true, mozjpeg: true }).toBuffer();
    if (buf.length <= MAX_BYTES || quality <= 40) return buf;
  }
}

async function main() {
  const started = Date.now();
  const { files, paths } = await collectImagePaths();
  let written = 0;
  let skipped = 0;
  let bytes = 0;
  const failures = [];
  for (const imagePath of paths) {
    const out = path.join(PUBLIC_DIR, imagePath);
    if (!out.startsWith(PUBLIC_DIR + path.sep)) continue;
    if (!FORCE && existsSync(out)) {
      skipped++;
      continue;
    }
    try {
      const buf = await render(imagePath);
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, buf);
      written++;
      bytes += buf.length;
    } catch (err) {
      failures.push(`${imagePath}: ${err.message}`);
    }
  }
  for (const f of failures) console.error(`generate-demo-images: failed ${f}`);
  const kb = written ? Math.round(bytes / written / 1024) : 0;
  console.log(
    `generate-demo-images: ${paths.length} images referenced in ${files} mdx files; ${written} written (avg ${kb} ` +
      `KB), ${skipped} already present, ${failures.length} failed in ` +
      `${((Date.now() - started) / 1000).toFixed(1)}s${FORCE ? ' (--force)' : ''}`,
  );
  if (failures.length) process.exitCode = 1;
}

await main();
