import { type Article, type LivePost, livePostPath } from '@/lib/content/types';
import { formatTimeOfDay } from '@/lib/dates/newsroomTime';

/** The key posts of a live story, newest first: each one's time and title, linking to its permalink. */
export function KeyEvents({ story, events }: { story: Pick<Article, 'section' | 'slug'>; events: LivePost[] }) {
  if (!events.length) return null;
  return (
    <nav
      id="key-events"
      aria-labelledby="key-events-heading"
      className="my-6 border-y-2 border-ink py-4 font-sans text-sm"
    >
      <h2 id="key-events-heading" className="text-xs font-bold uppercase tracking-wider">
        Key events
      </h2>
      <ol className="mt-2 space-y-2">
        {events.map((post) => (
          <li key={post.slug}>
            <a href={livePostPath(story, post)} className="group flex gap-3">
              <time dateTime={post.at.toISOString()} className="shrink-0 tabular-nums text-muted">
                {formatTimeOfDay(post.at)}
              </time>
              <span className="font-semibold text-accent group-hover:underline">{post.title}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
