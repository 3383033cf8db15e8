import type { Section, Topic } from '@/lib/content/types';
import { searchHref } from '@/lib/search/searchHref';

interface SearchEmptyStateProps {
  /** `start`: nothing searched yet; `none`: a search that found nothing. */
  kind: 'start' | 'none';
  q: string;
  section?: Section;
  sections: Section[];
  /** Topics to suggest as searches: real ones, so every suggestion finds something. */
  topics: Topic[];
}

const linkClass = 'text-accent underline underline-offset-2';

/** What to do next when there is nothing to list: never a dead end. */
export function SearchEmptyState({ kind, q, section, sections, topics }: SearchEmptyStateProps) {
  // With no search there is no results heading above, so these headings step up a level.
  const Heading = kind === 'start' ? 'h2' : 'h3';
  return (
    <div className="max-w-2xl font-sans" data-testid={`search-${kind}`}>
      {kind === 'start' ? (
        <p className="text-lg leading-relaxed text-muted">
          Search every story by words in its headline, standfirst or text, by topic, or by the journalist who wrote it.
          Every word you type must appear, and small typos are forgiven.
        </p>
      ) : (
        <>
          <p className="text-lg leading-relaxed text-muted">Some things to try:</p>
          <ul className="mt-3 list-disc space-y-1.5 pl-5 leading-relaxed">
            <li>Check the spelling of names and places.</li>
            <li>Use fewer words: every word must appear in a story for it to match.</li>
            <li>Try a more general word, such as “tram” rather than “tramline”.</li>
            {section && (
              <li>
                <a href={searchHref({ q })} className={linkClass}>
                  Search all sections
                </a>{' '}
                instead of {section.title} only.
              </li>
            )}
          </ul>
        </>
      )}
      {topics.length > 0 && (
        <>
          <Heading className="mt-8 text-sm font-bold uppercase tracking-wider">
            {kind === 'start' ? 'Try searching for' : 'Or search for a topic'}
          </Heading>
          <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
            {topics.map((t) => (
              <li key={t.slug}>
                <a href={searchHref({ q: t.name })} className={linkClass}>
                  {t.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <Heading className="mt-8 text-sm font-bold uppercase tracking-wider">Browse a section</Heading>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
        {sections.map((s) => (
          <li key={s.slug}>
            <a href={`/${s.slug}`} className={linkClass}>
              {s.title}
            </a>
          </li>
        ))}
        <li>
          <a href="/topics" className={linkClass}>
            All topics
          </a>
        </li>
      </ul>
    </div>
  );
}
