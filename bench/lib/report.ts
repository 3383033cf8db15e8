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

export function appendResults(file: string, markdown: string) {
  const header =
    '# Benchmark results\n\nAppended by `npm run bench` (and its parts). Newest run last. Method: bench/README.md.\n';
  if (!fs.existsSync(file)) fs.writeFileSync(file, header);
  fs.appendFileSync(file, `\n${markdown.trim()}\n`);
}

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
