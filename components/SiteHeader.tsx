import { site } from '@/lib/config/site';
import type { Section } from '@/lib/content/types';
import { SearchForm } from './SearchForm';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader({ sections }: { sections: Section[] }) {
  return (
    <header className="border-b-4 border-double border-ink">
      <div
        className={
          'mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-6 gap-y-3 px-4 pt-5 pb-3 ' +
          'sm:px-6 sm:pt-8'
        }
      >
        <div className="min-w-0">
          <a href="/" className="block w-fit no-underline" aria-label={`${site.name} — front page`}>
            <span className="font-serif text-4xl font-extrabold tracking-tight sm:text-6xl">{site.name}</span>
          </a>
          <p className="mt-1 font-sans text-sm text-muted">{site.tagline}</p>
        </div>
        {/* Full width under the title on a phone, beside it from the sm breakpoint. */}
        <SearchForm id="site-search" name="Site search" compact />
        <ThemeToggle />
      </div>
      <nav aria-label="Sections" className="border-t border-rule">
        <ul
          className={
            'mx-auto flex max-w-6xl gap-x-5 overflow-x-auto px-4 py-2.5 font-sans text-sm font-semibold ' +
            'whitespace-nowrap sm:px-6'
          }
        >
          <li>
            <a href="/" className="hover:underline">
              Front page
            </a>
          </li>
          {sections.map((s) => (
            <li key={s.slug}>
              <a href={`/${s.slug}`} className="hover:underline">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
