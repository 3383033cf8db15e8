export interface PageOf<T> {
  items: T[];
  page: number;
  pageCount: number;
}

/** Page numbers in URLs: 2, 3, … written plainly. Page 1 lives at the listing's own URL. */
export function parsePageParam(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  return /^[1-9]\d{0,5}$/.test(raw) && raw !== '1' ? Number(raw) : null;
}

/** One page of a listing, or null when the page does not exist (page 1 always exists). */
export function paginate<T>(items: T[], page: number, size: number): PageOf<T> | null {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  return { items: items.slice((page - 1) * size, page * size), page, pageCount };
}

export function pageHref(base: string, page: number): string {
  return page === 1 ? base : `${base}/page/${page}`;
}

/** The extra pages (2…n) of a listing, for generateStaticParams. */
export function extraPages(count: number, size: number): string[] {
  return Array.from({ length: Math.max(0, Math.ceil(count / size) - 1) }, (_, i) => String(i + 2));
}
