import { site } from '@/lib/config/site';
import { type Section, type StandardsPage, standardsPagePath } from '@/lib/content/types';

function LinkList({ links }: { links: { href: string; label: string }[] }) {
  return (
    <ul className="mt-2 space-y-1">
      {links.map((l) => (
        <li key={l.href}>
          <a href={l.href} className="hover:underline">
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function SiteFooter({ sections, pages }: { sections: Section[]; pages: StandardsPage[] }) {
  return (
    <footer className="mt-16 border-t border-ink bg-panel">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 font-sans text-sm sm:grid-cols-2 sm:px-6 lg:grid-cols-4">
        <div>
          <p className="font-serif text-2xl font-bold">{site.name}</p>
          <p className="mt-1 text-muted">{site.tagline}. All people, places and events on this site are fictional.</p>
        </div>
        <nav aria-label="Sections (footer)">
          <h2 className="font-semibold">Sections</h2>
          <ul className="mt-2 grid grid-cols-2 gap-1">
            {sections.map((s) => (
              <li key={s.slug}>
                <a href={`/${s.slug}`} className="underline-offset-2 hover:underline">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="More">
          <h2 className="font-semibold">More</h2>
          <LinkList
            links={[
              { href: '/topics', label: 'All topics' },
              { href: '/authors', label: 'Our journalists' },
              { href: '/corrections', label: 'Corrections and clarifications' },
            ]}
          />
        </nav>
        {pages.length > 0 && (
          <nav aria-label="About us">
            <h2 className="font-semibold">About us</h2>
            <LinkList links={pages.map((p) => ({ href: standardsPagePath(p), label: p.title }))} />
          </nav>
        )}
      </div>
    </footer>
  );
}
