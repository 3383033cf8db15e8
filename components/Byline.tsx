import type { Author } from '@/lib/content/types';
import { ResponsiveImage } from './ResponsiveImage';

export function Byline({ authors }: { authors: Author[] }) {
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-3 font-sans text-sm" aria-label="Written by">
      {authors.map((a) => (
        <li key={a.slug} className="flex items-center gap-3">
          <ResponsiveImage {...a.avatar} alt="" sizes="48px" className="size-12 rounded-full object-cover bg-panel" />
          <span>
            <a
              href={`/authors/${a.slug}`}
              rel="author"
              className="font-semibold underline decoration-rule underline-offset-2 hover:decoration-ink"
            >
              {a.name}
            </a>
            <span className="block text-muted">{a.role}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
