import { site } from '@/lib/config/site';
import type { Section } from '@/lib/content/types';
import { SearchForm } from './SearchForm';
import { ThemeToggle } from './ThemeToggle';

/**
 * On a phone two rows: the name, the search form and the theme button (icons with hidden labels), then the sections
 * as one scrolling bar, so a story's headline starts within the first 200 px. From the sm breakpoint the strapline
 * and the buttons' words show, as they always have on a desktop.
 */
export function SiteHeader({ sections }: { sections: Section[] }) {
  return (
    <header className="border-b-4 border-double border-ink">
      <div
        className={
          'mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-3 px-4 py-2 ' +
          'sm:items-end sm:gap-x-6 sm:px-6 sm:pt-8 sm:pb-3'
        }
      >
        <div className="min-w-0">
          <a href="/" className="block w-fit no-underline" aria-label={`${site.name} — front page`}>
            <span className="font-serif text-2xl font-extrabold tracking-tight sm:text-6xl">{site.name}</span>
          </a>
          <p className="mt-1 hidden font-sans text-sm text-muted sm:block">{site.tagline}</p>
        </div>
        <SearchForm id="site-search" name="Site search" compact />
        <ThemeToggle />
      </div>
      <nav aria-label="Sections" className="border-t border-rule">
        <ul
          className={
            'mx-auto flex max-w-6xl gap-x-5 overflow-x-auto px-4 py-2 font-sans text-sm font-semibold ' +
            'whitespace-nowrap sm:px-6 sm:py-2.5'
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
