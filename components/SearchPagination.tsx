import { searchHref } from '@/lib/search/searchHref';

/** Previous / next links for a search; plain links, so they work without JavaScript. */
export function SearchPagination(props: { q: string; section?: string; page: number; pageCount: number }) {
  const { q, section, page, pageCount } = props;
  if (pageCount <= 1) return null;
  const link = 'rounded-sm border border-ink px-3 py-1.5 font-semibold no-underline hover:bg-panel';
  return (
    <nav
      aria-label="Search result pages"
      className="mt-8 flex flex-wrap items-center justify-between gap-3 font-sans text-sm"
    >
      {page > 1 ? (
        <a href={searchHref({ q, section, page: page - 1 })} rel="prev" className={link}>
          <span aria-hidden="true">← </span>Previous<span className="sr-only"> page</span>
        </a>
      ) : (
        <span />
      )}
      <p className="text-muted">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <a href={searchHref({ q, section, page: page + 1 })} rel="next" className={link}>
          Next<span className="sr-only"> page</span>
          <span aria-hidden="true"> →</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
