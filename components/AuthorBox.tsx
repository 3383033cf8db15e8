import type { Author } from '@/lib/content/types';
import { ResponsiveImage } from './ResponsiveImage';

export function AuthorBox({ authors }: { authors: Author[] }) {
  return (
    <section aria-label="About the author" className="mt-8 space-y-4">
      {authors.map((a) => (
        <div key={a.slug} className="flex gap-4 border-y border-rule py-4 font-sans text-sm">
          <ResponsiveImage {...a.avatar} sizes="64px" className="size-16 shrink-0 rounded-full object-cover bg-panel" />
          <div className="min-w-0">
            <p>
              <a
                href={`/authors/${a.slug}`}
                className="font-semibold underline decoration-rule underline-offset-2 hover:decoration-ink"
              >
                {a.name}
              </a>
              <span className="text-muted"> · {a.role}</span>
            </p>
            <p className="mt-1 leading-relaxed text-muted">{a.bio}</p>
          </div>
        </div>
      ))}
    </section>
  );
}
