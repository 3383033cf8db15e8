/** Result rows, their Markdown tables, and the machine description for bench/RESULTS.md. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Unit = 's' | 'ms' | 'GB' | 'MB' | 'KB' | 'req/s' | 'pages/s' | 'stories/s' | 'score' | 'count' | '' | '×';

export interface Reference {
  value: number;
  /** Where the figure comes from, e.g. "bare Next 16". */
  label: string;
}

export interface Target {
  op: '<=' | '>=' | '==';
  value: number;
}

export interface Row {
  /** What was measured, e.g. "article: req/s". */
  metric: string;
  value: number | null;
  unit: Unit;
  reference?: Reference;
  target?: Target;
  /** Free text, e.g. "p99 over 50 renders". */
  note?: string;
}

export interface PartResult {
  rows: Row[];
  notes: string[];
  /** Set when the part could not run to the end. */
  error?: string;
}

export const GB = 1024 ** 3;
export const MB = 1024 ** 2;

function fmt(value: number, unit: Unit): string {
  if (unit === 'score' || unit === 'count') return Number.isInteger(value) ? String(value) : value.toFixed(1);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  const text = value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit ? `${text} ${unit}` : text;
}

export function meets(row: Row): boolean | undefined {
  if (!row.target || row.value === null) return undefined;
  const { op, value } = row.target;
  return op === '<=' ? row.value <= value : op === '>=' ? row.value >= value : row.value === value;
}

export function table(rows: Row[]): string {
  const lines = ['| figure | measured | reference | ratio | target | |', '| --- | ---: | ---: | ---: | ---: | --- |'];
  for (const row of rows) {
    const value = row.value === null ? '—' : fmt(row.value, row.unit);
    const ref = row.reference ? `${fmt(row.reference.value, row.unit)} (${row.reference.label})` : '';
    const ratio =
      row.reference && row.value !== null && row.reference.value
        ? `${(row.value / row.reference.value).toFixed(2)}×`
        : '';
    const target = row.target
      ? `${row.target.op === '==' ? '=' : row.target.op === '<=' ? '≤' : '≥'} ${fmt(row.target.value, row.unit)}`
      : '';
    const ok = meets(row);
    const status = ok === undefined ? (row.note ?? '') : `${ok ? 'ok' : '**miss**'}${row.note ? `: ${row.note}` : ''}`;
    lines.push(`| ${row.metric} | ${value} | ${ref} | ${ratio} | ${target} | ${status} |`);
  }
  return lines.join('\n');
}

function version(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 10_000 });
  if (r.error) return `${path.basename(command)} not installed`;
  return `${r.stdout}\n${r.stderr}`.trim().split('\n')[0] ?? '';
}

export function machine(): string {
  const cpus = os.cpus();
  const nginx = version('nginx', ['-v']).replace(/^nginx version: /, '');
  const chromium = version('/usr/bin/chromium', ['--version']);
  return [
    `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'})`,
    `${(os.totalmem() / GB).toFixed(1)} GB RAM`,
    `Node ${process.version}`,
    `${os.type()} ${os.release()}`,
    nginx,
    chromium,
  ].join(', ');
}

const RESULTS_HEADER = `# Benchmark results

The latest result of each part, rewritten by \`npm run bench\` (and \`bench:publish\`, \`bench:soak\`): a run replaces
the sections of the parts it ran and keeps the others; a smoke run does not replace a full run's section. Older
results are in git (\`git log -p bench/RESULTS.md\`). Method: bench/README.md.
`;

/** Section order: the parts' run order, then the standalone benches; any other section keeps its place after them. */
export const SECTION_ORDER = [
  'build',
  'index',
  'serve',
  'js',
  'lighthouse',
  'render',
  'search',
  'live',
  'publish',
  'soak',
];

export interface Section {
  /** The part's name, as in `npm run bench -- <name>`. */
  key: string;
  /** A smoke run's small figures: they never replace a full run's. */
  smoke: boolean;
  markdown: string;
}

const SECTION = /<!-- bench:([\w-]+)( smoke)? -->\n([\s\S]*?)\n+<!-- \/bench:\1 -->/g;

export function parseSections(text: string): Section[] {
  return [...text.matchAll(SECTION)].map(([, key = '', smoke, markdown = '']) => ({ key, smoke: !!smoke, markdown }));
}

/**
 * RESULTS.md with `fresh` sections in place of the same parts' older ones, the others kept. A smoke section is left
 * out where a full one exists; it is not an error (say so to the caller, who lists what was kept).
 */
export function mergeSections(text: string, fresh: Section[]): { text: string; skipped: string[] } {
  const sections = new Map(parseSections(text).map((s) => [s.key, s]));
  const skipped: string[] = [];
  for (const section of fresh) {
    const old = sections.get(section.key);
    if (section.smoke && old && !old.smoke) skipped.push(section.key);
    else sections.set(section.key, { ...section, markdown: section.markdown.trim() });
  }
  const rank = (key: string) => (SECTION_ORDER.includes(key) ? SECTION_ORDER.indexOf(key) : SECTION_ORDER.length);
  const ordered = [...sections.values()].sort((a, b) => rank(a.key) - rank(b.key));
  // Blank lines around each marker, so a table ends before it.
  const marked = (s: Section) =>
    `<!-- bench:${s.key}${s.smoke ? ' smoke' : ''} -->\n${s.markdown}\n\n<!-- /bench:${s.key} -->`;
  return { text: `${[RESULTS_HEADER, ...ordered.map(marked)].join('\n')}\n`, skipped };
}

/** Rewrites `file` with these sections replaced (see mergeSections); returns the keys a full run kept. */
export function writeSections(file: string, fresh: Section[]): string[] {
  const { text, skipped } = mergeSections(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '', fresh);
  fs.writeFileSync(file, text);
  return skipped;
}

/** "2026-11-28 02:40", for section headings. */
export const utcStamp = (date = new Date()) => date.toISOString().replace('T', ' ').slice(0, 16);

export const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Nearest-rank percentile. */
export const percentile = (values: number[], p: number): number => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
