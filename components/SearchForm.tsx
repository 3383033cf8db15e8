import type { Section } from '@/lib/content/types';
import { MAX_QUERY_LENGTH } from '@/lib/search/parseSearchParams';

interface SearchFormProps {
  /** Prefix for the ids: the masthead's form and the results page's form share one page. */
  id: string;
  /** The landmark's name; two search landmarks on one page must not share one. */
  name: string;
  /** The masthead's form: one line, its label visually hidden (screen readers still get it). */
  compact?: boolean;
  defaultValue?: string;
  /** With sections, the form offers a section filter that submits with the query. */
  sections?: Section[];
  section?: string;
}

/**
 * A plain GET form to /search: it works with JavaScript off and before any loads, and the
 * results are a URL that can be shared, bookmarked and reloaded.
 */
export function SearchForm({ id, name, compact = false, defaultValue, sections, section }: SearchFormProps) {
  const inputId = `${id}-q`;
  const field =
    'min-w-0 rounded-sm border border-muted bg-paper px-3 font-sans text-base text-ink placeholder:text-muted';
  return (
    // biome-ignore lint/a11y/useSemanticElements: a role=search form is the landmark; no React types for <search>
    <form
      role="search"
      aria-label={name}
      action="/search"
      method="get"
      className={compact ? 'flex min-w-0 flex-1 gap-2 sm:w-80 sm:flex-initial' : 'flex flex-wrap items-end gap-3'}
    >
      <div className={compact ? 'min-w-0 flex-1' : 'flex min-w-0 flex-[1_1_16rem] flex-col gap-1'}>
        <label htmlFor={inputId} className={compact ? 'sr-only' : 'font-sans text-sm font-semibold'}>
          Search stories
        </label>
        <input
          id={inputId}
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_LENGTH}
          enterKeyHint="search"
          placeholder={compact ? 'Search stories' : 'Words, names or places'}
          className={`${field} h-10 w-full`}
        />
      </div>
      {sections && (
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor={`${id}-section`} className="font-sans text-sm font-semibold">
            Section
          </label>
          <select id={`${id}-section`} name="section" defaultValue={section ?? ''} className={`${field} h-10`}>
            <option value="">All sections</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <button
        type="submit"
        className={
          'h-10 shrink-0 rounded-sm bg-accent font-sans text-sm font-semibold text-paper hover:underline ' +
          (compact ? 'w-10 sm:w-auto sm:px-4' : 'px-4')
        }
      >
        {compact ? (
          // A phone's masthead has room for a magnifier only; the word stays the button's name.
          <>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="mx-auto size-5 sm:hidden">
              <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="m13 13 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            <span className="sr-only sm:not-sr-only">Search</span>
          </>
        ) : (
          'Search'
        )}
      </button>
    </form>
  );
}
