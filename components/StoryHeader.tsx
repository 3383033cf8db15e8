import type { ReactNode } from 'react';
import type { Article, Section } from '@/lib/content/types';
import { RevisionNotice } from './RevisionNotice';
import { StoryStatus } from './StoryStatus';

interface StoryHeaderProps {
  story: Article;
  section: Section;
  now: Date;
  /** What comes before the section link: the format label, or the "Live" badge while coverage runs. */
  label: ReactNode;
  /** Lines under the standfirst (an opinion piece's note). */
  children?: ReactNode;
}

/**
 * The top of every story, live or not: label, section, status, headline and standfirst (and on a phone a line that
 * links to the update banner of a revised story); opinion set apart.
 */
export function StoryHeader({ story, section, now, label, children }: StoryHeaderProps) {
  const opinion = story.format === 'opinion';
  const headline = 'mt-2 font-serif text-[2rem] leading-[1.1] font-bold tracking-tight text-balance sm:text-5xl';
  return (
    <header className={opinion ? 'border-t-4 border-opinion bg-opinion-bg px-4 pt-3 pb-5' : undefined}>
      <p className="flex flex-wrap items-center gap-3 font-sans text-sm font-semibold uppercase tracking-wider">
        {label}
        <a href={`/${section.slug}`} className="text-kicker hover:underline">
          {section.title}
        </a>
        <StoryStatus article={story} now={now} />
      </p>
      <h1 className={opinion ? `${headline} italic` : headline}>{story.title}</h1>
      <p className="mt-4 text-xl leading-snug text-muted sm:text-2xl">{story.dek}</p>
      <RevisionNotice updates={story.updates} />
      {children}
    </header>
  );
}
