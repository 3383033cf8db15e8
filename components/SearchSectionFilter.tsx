import type { Section } from '@/lib/content/types';
import { searchHref } from '@/lib/search/searchHref';

type SectionFilterProps = { q: string; sections: Section[]; section?: string; bySection: Map<string, number> };

/**
 * Narrow a search to one section, as links with counts: one click, no JavaScript, and the
 * counts show where the matches are before the reader chooses.
 */
export function SearchSectionFilter({ q, sections, section, bySection }: SectionFilterProps) {
  const total = [...bySection.values()].reduce((a, b) => a + b, 0);
  const options = [
    { slug: undefined, title: 'All sections', count: total },
    // Sections without a match are left out (a link to nothing), unless it is the one chosen.
    ...sections
      .map((s) => ({ slug: s.slug, title: s.title, count: bySection.get(s.slug) ?? 0 }))
      .filter((o) => o.count > 0 || o.slug === section),
  ];
  return (
    <nav aria-label="Filter by section" className="mb-6 font-sans text-sm">
      <ul className="flex flex-wrap gap-2">
        {options.map((o) => {
          const current = o.slug === section;
          return (
            <li key={o.slug ?? ''}>
              <a
                href={searchHref({ q, section: o.slug })}
                aria-current={current ? 'page' : undefined}
                className={
                  `inline-block rounded-full border px-3 py-1 no-underline ` +
                  `${current ? 'border-ink bg-ink text-paper' : 'border-rule hover:border-ink'}`
                }
              >
                {o.title} <span className={current ? '' : 'text-muted'}>({o.count})</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
