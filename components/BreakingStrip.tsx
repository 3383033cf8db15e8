import { type Article, articlePath } from '@/lib/content/types';

/**
 * The "Breaking" strip at the top of the front page and every section front: a link to each public
 * story flagged `breaking`, until an editor removes the flag. A named region, so it is announced and
 * reachable by landmark; a plain list of links, so it needs no JavaScript.
 */
export function BreakingStrip({ stories }: { stories: Article[] }) {
  if (!stories.length) return null;
  return (
    <section
      aria-labelledby="breaking-heading"
      data-testid="breaking"
      className={
        'mb-3 flex items-baseline gap-x-4 gap-y-1 border-l-4 border-kicker bg-panel px-4 py-2 sm:mb-8 sm:flex-wrap'
      }
    >
      <h2 id="breaking-heading" className="font-sans text-sm font-bold uppercase tracking-wider text-kicker">
        Breaking
      </h2>
      {/* One line on a phone, scrolling like the section bar, so the stories below still start on the first screen. */}
      <ul
        className={
          'flex min-w-0 gap-x-6 gap-y-1 overflow-x-auto whitespace-nowrap sm:flex-wrap sm:overflow-visible ' +
          'sm:whitespace-normal'
        }
      >
        {stories.map((story) => (
          <li key={story.slug}>
            <a
              href={articlePath(story)}
              className="headline-link font-serif text-base font-semibold leading-snug sm:text-lg"
            >
              {story.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
