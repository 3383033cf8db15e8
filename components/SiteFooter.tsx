import { site } from '@/lib/config/site';
import { type Section, type StandardsPage, standardsPagePath } from '@/lib/content/types';

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
          <ul className="mt-2 space-y-1">
            <li>
              <a href="/topics" className="hover:underline">
                All topics
              </a>
            </li>
            <li>
              <a href="/authors" className="hover:underline">
                Our journalists
              </a>
            </li>
            <li>
              <a href="/corrections" className="hover:underline">
                Corrections and clarifications
              </a>
            </li>
          </ul>
        </nav>
        {pages.length > 0 && (
          <nav aria-label="About us">
            <h2 className="font-semibold">About us</h2>
            <ul className="mt-2 space-y-1">
              {pages.map((p) => (
                <li key={p.slug}>
                  <a href={standardsPagePath(p)} className="hover:underline">
                    {p.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </footer>
  );
}
