import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { after } from 'next/server';
import { PageHeader } from '@/components/PageHeader';
import { SearchEmptyState } from '@/components/SearchEmptyState';
import { SearchForm } from '@/components/SearchForm';
import { SearchPagination } from '@/components/SearchPagination';
import { SearchResults } from '@/components/SearchResults';
import { SearchSectionFilter } from '@/components/SearchSectionFilter';
import type { ContentView } from '@/lib/content/contentView';
import { getRequestView } from '@/lib/content/views';
import {
  MAX_QUERY_LENGTH,
  parseSearchParams,
  type RawSearchParams,
  RESULTS_PER_PAGE,
} from '@/lib/search/parseSearchParams';
import { SEARCH_TICKET_HEADER, searchTickets } from '@/lib/search/searchBudget';
import { searchHref } from '@/lib/search/searchHref';
import { searchView } from '@/lib/search/searchView';

// Reading searchParams makes this page dynamic: rendered per request and sent `private, no-store`,
// so one reader's results are never cached and served for another query.

async function readParams(view: ContentView, searchParams: Promise<RawSearchParams>) {
  const slugs = view.sections.map((s) => s.slug);
  return parseSearchParams(await searchParams, slugs);
}

/** A query as quoted in a title: long ones end in an ellipsis, so the tab and history stay readable. */
function quoted(q: string, max = 60): string {
  const chars = [...q];
  if (chars.length <= max) return `“${q}”`;
  const cut = chars.slice(0, max - 1).join('');
  return `“${cut.trimEnd()}…”`;
}

const countText = (n: number) =>
  n === 0 ? 'No stories' : `${n.toLocaleString('en-GB')} ${n === 1 ? 'story' : 'stories'}`;

export async function generateMetadata({ searchParams }: PageProps<'/search'>): Promise<Metadata> {
  const view = await getRequestView();
  const { q } = await readParams(view, searchParams);
  return {
    title: q ? `Search results for ${quoted(q)}` : 'Search',
    description: 'Search every story by headline, standfirst, topic, author or text.',
    // Result pages are endless, thin and change with every story: never indexed. No canonical
    // either, so nothing points a crawler at an indexable version of them; links may be followed.
    robots: { index: false, follow: !view.audience.preview },
  };
}

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  // The turn proxy.ts took for this search is freed once the response is sent (lib/search/searchBudget.ts).
  const ticket = (await headers()).get(SEARCH_TICKET_HEADER);
  after(() => searchTickets().finish(ticket));
  const view = await getRequestView();
  const { q, truncated, section, sectionIgnored, page } = await readParams(view, searchParams);
  const results = q ? await searchView(view, { q, section, page }) : undefined;
  const chosen = section ? view.section(section) : undefined;
  const topics = view.topics().slice(0, 6);
  const start = (page - 1) * RESULTS_PER_PAGE + 1;
  const notices = [
    truncated &&
      `Your search was longer than ${MAX_QUERY_LENGTH} characters, so only the first ${MAX_QUERY_LENGTH} were used.`,
    sectionIgnored && 'There is no such section, so every section was searched.',
    results &&
      results.terms.length === 0 &&
      'Your search has no words we can look for: only very common words, symbols or punctuation. Try a name, a place ' +
        'or a topic.',
  ].filter((n): n is string => Boolean(n));

  return (
    <>
      <PageHeader kicker="Search" title="Search" />
      <SearchForm
        id="search-page"
        name="Search and filter"
        defaultValue={q}
        sections={view.sections}
        section={section}
      />

      {notices.length > 0 && (
        <ul
          className="mt-6 space-y-1 rounded-sm border-l-4 border-accent bg-update-bg px-4 py-3 font-sans text-sm"
          data-testid="search-notices"
        >
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}

      {!results ? (
        <div className="mt-8">
          <SearchEmptyState kind="start" q="" sections={view.sections} topics={topics} />
        </div>
      ) : (
        <section aria-labelledby="search-status" className="mt-8">
          <div role="status">
            {/* One string, so it is one text node: read out, and found, as the sentence it is. */}
            <h2 id="search-status" className="mb-4 font-serif text-2xl font-bold wrap-anywhere">
              {`${countText(results.total)}${chosen ? ` in ${chosen.title}` : ''} ` +
                `${results.total === 1 ? 'matches' : 'match'} “${q}”`}
            </h2>
          </div>
          {results.bySection.size > 0 && (
            <SearchSectionFilter q={q} sections={view.sections} section={section} bySection={results.bySection} />
          )}

          {results.total === 0 ? (
            <SearchEmptyState kind="none" q={q} section={chosen} sections={view.sections} topics={topics} />
          ) : results.outOfRange ? (
            <div className="max-w-2xl font-sans" data-testid="search-out-of-range">
              <p className="text-lg leading-relaxed">
                That page is past the end of this search: its results fill {results.pageCount}{' '}
                {results.pageCount === 1 ? 'page' : 'pages'}.
              </p>
              <p className="mt-3 flex flex-wrap gap-x-5 gap-y-2">
                <a href={searchHref({ q, section })} className="text-accent underline underline-offset-2">
                  Go to the first page
                </a>
                {results.pageCount > 1 && (
                  <a
                    href={searchHref({ q, section, page: results.pageCount })}
                    className="text-accent underline underline-offset-2"
                  >
                    Go to the last page
                  </a>
                )}
              </p>
            </div>
          ) : (
            <>
              {results.pageCount > 1 && (
                <p className="mb-3 font-sans text-sm text-muted">
                  Showing {start}
                  {'–'}
                  {start + results.hits.length - 1} of {results.total}, most relevant first
                </p>
              )}
              <SearchResults hits={results.hits} start={start} view={view} />
              <SearchPagination q={q} section={section} page={page} pageCount={results.pageCount} />
            </>
          )}
        </section>
      )}
    </>
  );
}
