import { type Article, articlePath } from '@/lib/content/types';

/**
 * The most read stories of the last 24 hours, most read first (lib/mostRead), as the page was rendered: it is as
 * fresh as the page. Nothing at all until some story has been read.
 */
export function MostRead({ stories, title = 'Most read' }: { stories: Article[]; title?: string }) {
  if (!stories.length) return null;
  return (
    <aside aria-labelledby="most-read-heading" className="border-t-4 border-ink pt-3" data-print="hide">
      <h2 id="most-read-heading" className="font-sans text-sm font-bold uppercase tracking-wider">
        {title}
      </h2>
      <ol className="mt-2 divide-y divide-rule" data-testid="most-read">
        {stories.map((story, i) => (
          <li key={story.slug} className="flex gap-3 py-2.5">
            <span aria-hidden="true" className="w-6 shrink-0 font-serif text-2xl leading-none font-bold text-kicker">
              {i + 1}
            </span>
            <a href={articlePath(story)} className="headline-link leading-snug font-semibold">
              {story.title}
            </a>
          </li>
        ))}
      </ol>
    </aside>
  );
}
