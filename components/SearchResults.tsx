import type { ContentView } from '@/lib/content/contentView';
import { articlePath } from '@/lib/content/types';
import type { SearchHit } from '@/lib/search/searchIndex';
import { Highlight } from './Highlight';
import { StoryStatus } from './StoryStatus';
import { Timestamp } from './Timestamp';

const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** One page of search results: section, highlighted headline and standfirst, byline and time. */
export function SearchResults({ hits, start, view }: { hits: SearchHit[]; start: number; view: ContentView }) {
  const now = new Date();
  return (
    <ol start={start} className="divide-y divide-rule border-y border-rule" data-testid="search-results">
      {hits.map(({ article, terms }) => {
        const names = article.authors.map((slug) => view.author(slug)?.name).filter((n): n is string => Boolean(n));
        return (
          <li key={article.slug} className="py-5" data-slug={article.slug}>
            <article>
              <p className="font-sans text-xs font-semibold uppercase tracking-wider text-kicker">
                {view.section(article.section)?.title ?? article.section}
              </p>
              <h3 className="mt-1 font-serif text-xl font-semibold leading-snug sm:text-2xl">
                <a href={articlePath(article)} className="headline-link">
                  <Highlight text={article.title} terms={terms} />
                </a>
              </h3>
              <p className="mt-2 leading-snug text-muted">
                <Highlight text={article.dek} terms={terms} />
              </p>
              <p className="mt-2 font-sans text-xs text-muted">
                <StoryStatus article={article} now={now} /> {names.length > 0 && <>By {listFormat.format(names)} · </>}
                <Timestamp date={article.publishedAt} />
              </p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
