import { pageHref } from '@/lib/listing/paginate';

interface PaginationProps {
  base: string;
  page: number;
  pageCount: number;
  /** What the pages list, in the link texts: "stories" (listings) or "updates" (a live story). */
  noun?: string;
}

/** Previous/next links for a listing; React hoists the rel=prev/next links into <head>. */
export function Pagination({ base, page, pageCount, noun = 'stories' }: PaginationProps) {
  if (pageCount <= 1) return null;
  const prev = page > 1 ? pageHref(base, page - 1) : null;
  const next = page < pageCount ? pageHref(base, page + 1) : null;
  return (
    <nav
      aria-label="Pages"
      className="mt-12 flex items-center justify-between border-t border-rule pt-4 font-sans text-sm"
    >
      {prev && <link rel="prev" href={prev} />}
      {next && <link rel="next" href={next} />}
      {prev ? (
        <a href={prev} rel="prev" className="font-semibold text-accent underline">
          ← Newer {noun}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {next ? (
        <a href={next} rel="next" className="font-semibold text-accent underline">
          Older {noun} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
