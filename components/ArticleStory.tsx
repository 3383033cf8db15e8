import type { ReactElement } from 'react';
import { absoluteUrl } from '@/lib/config/site';
import {
  type Article,
  type Author,
  articlePath,
  type Section,
  type StandardsPage,
  standardsPagePath,
} from '@/lib/content/types';
import { storyAge } from '@/lib/dates/storyAge';
import { AgeNotice } from './AgeNotice';
import { AuthorBox } from './AuthorBox';
import { Breadcrumbs } from './Breadcrumbs';
import { Byline } from './Byline';
import { Dateline } from './Dateline';
import { Figure } from './Figure';
import { FormatLabel } from './FormatLabel';
import { ProseBody } from './ProseBody';
import { ShareLinks } from './ShareLinks';
import { StoryHeader } from './StoryHeader';
import { TextSize } from './TextSize';
import { TopicTags } from './TopicTags';
import { UpdateBanner } from './UpdateBanner';

interface ArticleStoryProps {
  article: Article;
  section: Section;
  authors: Author[];
  /** The compiled MDX body (lib/mdx). */
  body: ReactElement;
  /** The page that answers for the newsroom's ethics policy, linked from opinion pieces. */
  ethics: StandardsPage | undefined;
  now: Date;
}

/** A story of every format but live: header, byline, dates, revisions, hero image, body, topics and authors. */
export function ArticleStory({ article, section, authors, body, ethics, now }: ArticleStoryProps) {
  const opinion = article.format === 'opinion';
  return (
    <article className="min-w-0 max-w-[44rem]" data-format={article.format}>
      <Breadcrumbs
        items={[
          { name: 'Home', href: '/' },
          { name: section.title, href: `/${section.slug}` },
          { name: article.title },
        ]}
      />
      <AgeNotice age={storyAge(article.publishedAt, now)} />
      <StoryHeader story={article} section={section} now={now} label={<FormatLabel format={article.format} />}>
        {opinion && (
          <p className="mt-3 font-sans text-sm">
            The writer's view, not the newsroom's reporting.{' '}
            {ethics && (
              <a href={standardsPagePath(ethics)} className="underline">
                How we handle opinion
              </a>
            )}
          </p>
        )}
      </StoryHeader>
      <div className="mt-6 border-t border-rule pt-4">
        <Byline authors={authors} />
        <Dateline article={article} />
        <p data-print="only" className="hidden font-sans text-sm">
          {absoluteUrl(articlePath(article))}
        </p>
        <ShareLinks url={absoluteUrl(articlePath(article))} title={article.title} />
        <TextSize />
      </div>
      <UpdateBanner updates={article.updates} />
      {article.image && <Figure {...article.image} priority sizes="(min-width: 768px) 704px, 100vw" />}
      <ProseBody>{body}</ProseBody>
      <TopicTags topics={article.topics} />
      <AuthorBox authors={authors} />
    </article>
  );
}
