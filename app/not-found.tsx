import type { Metadata } from 'next';
import { articlePath } from '@/lib/content/types';
import { readerViewNow } from '@/lib/content/views';

// Next.js adds robots noindex to every 404 response itself.
export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  const { sections, articles } = readerViewNow();
  return (
    <div className="max-w-2xl">
      <p className="font-sans text-sm font-semibold uppercase tracking-wider text-kicker">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">We can’t find that page</h1>
      <p className="mt-4 text-lg leading-relaxed text-muted">
        The link may be mistyped, or the story may have moved. Try a section, or one of our latest stories.
      </p>
      <h2 className="mt-8 font-sans text-sm font-bold uppercase tracking-wider">Sections</h2>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2 font-sans">
        {sections.map((s) => (
          <li key={s.slug}>
            <a href={`/${s.slug}`} className="text-accent underline underline-offset-2">
              {s.title}
            </a>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 font-sans text-sm font-bold uppercase tracking-wider">Latest stories</h2>
      <ul className="mt-2 space-y-2">
        {articles.slice(0, 5).map((a) => (
          <li key={a.slug}>
            <a
              href={articlePath(a)}
              className="text-lg underline decoration-rule underline-offset-2 hover:decoration-ink"
            >
              {a.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
