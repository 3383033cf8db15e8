/**
 * Reading `/search?q=…&section=…&page=…` from the URL. Everything here is untrusted input typed
 * or pasted by anyone, so every path ends in a usable value and nothing throws.
 */

/** Longest query searched, in characters as a reader counts them (grapheme clusters). */
export const MAX_QUERY_LENGTH = 200;
export const RESULTS_PER_PAGE = 10;
/** Larger page numbers are clamped here: still out of range, without carrying absurd numbers around. */
export const MAX_PAGE = 100_000;

export type RawSearchParams = Record<string, string | string[] | undefined>;

export interface SearchParams {
  /** The cleaned query, shortened to MAX_QUERY_LENGTH; '' when there is none. */
  q: string;
  /** The query was longer than MAX_QUERY_LENGTH and was cut, so the page can say so. */
  truncated: boolean;
  /** A known section slug, or undefined for every section. */
  section?: string;
  /** A `section` was given but is not a section: it is ignored, and the page can say so. */
  sectionIgnored: boolean;
  /** 1-based; a missing, malformed or non-positive `page` is 1. May be past the last page. */
  page: number;
}

/** Controls (NUL, tabs, newlines, C1) become spaces so the words either side stay apart. */
const CONTROLS = /\p{Cc}+/gu;
/**
 * Invisible characters that only affect display: bidi embeddings, overrides and isolates can
 * make the echoed query render backwards or swallow what follows; ZWSP, LRM/RLM, BOM and the
 * Arabic letter mark carry nothing a search needs. ZWJ/ZWNJ are kept: emoji and scripts use them.
 */
const INVISIBLES = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFD]/g;
/** A lone surrogate is not text; String#normalize would keep it and later code might choke. */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** "Zalgo" text stacks dozens of marks on a letter and paints over the lines around it. */
const MARK_PILE = /(\p{M}{4})\p{M}+/gu;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** A query as it will be searched and shown: clean, single-spaced, at most MAX_QUERY_LENGTH characters. */
export function cleanQuery(raw: string): { q: string; truncated: boolean } {
  const text = raw
    .replace(LONE_SURROGATES, ' ')
    .normalize('NFC')
    .replace(CONTROLS, ' ')
    .replace(INVISIBLES, '')
    .replace(MARK_PILE, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
  let kept = '';
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    // Cut between graphemes, never inside one: half an emoji or a letter without its accent is garbage.
    if (++count > MAX_QUERY_LENGTH) return { q: kept.trimEnd(), truncated: true };
    kept += segment;
  }
  return { q: kept, truncated: false };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** `page` as a positive integer; anything that is not plain digits means the first page. */
export function parsePage(raw: string): number {
  const text = raw.trim();
  if (!/^\d{1,12}$/.test(text)) return /^\d+$/.test(text) ? MAX_PAGE : 1;
  const n = Number(text);
  return n < 1 ? 1 : Math.min(n, MAX_PAGE);
}

/**
 * The search a URL asks for. `sectionSlugs` are the sections that exist: an unknown section is
 * dropped (searching everything beats showing nothing for a stale or mistyped link).
 */
export function parseSearchParams(raw: RawSearchParams, sectionSlugs: readonly string[]): SearchParams {
  const { q, truncated } = cleanQuery(first(raw.q));
  const sectionRaw = first(raw.section).trim().toLowerCase();
  const section = sectionRaw && sectionSlugs.includes(sectionRaw) ? sectionRaw : undefined;
  return { q, truncated, section, sectionIgnored: sectionRaw !== '' && !section, page: parsePage(first(raw.page)) };
}
