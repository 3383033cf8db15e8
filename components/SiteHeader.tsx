import Link from 'next/link';
import type { Section } from '@/lib/content/types';
import { site } from '@/lib/config/site';

export function SiteHeader({ sections }: { sections: Section[] }) {
  return (
    <header className="border-b-4 border-double border-ink">
      <div className="mx-auto max-w-6xl px-4 pt-5 pb-3 sm:px-6 sm:pt-8">
        <Link href="/" className="block w-fit no-underline" aria-label={`${site.name} — front page`}>
          <span className="font-serif text-4xl font-extrabold tracking-tight sm:text-6xl">{site.name}</span>
        </Link>
        <p className="mt-1 font-sans text-sm text-muted">{site.tagline}</p>
      </div>
      <nav aria-label="Sections" className="border-t border-rule">
        <ul className="mx-auto flex max-w-6xl gap-x-5 overflow-x-auto px-4 py-2.5 font-sans text-sm font-semibold whitespace-nowrap sm:px-6">
          <li>
            <Link href="/" className="hover:underline">Front page</Link>
          </li>
          {sections.map((s) => (
            <li key={s.slug}>
              <Link href={`/${s.slug}`} className="hover:underline">{s.title}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
