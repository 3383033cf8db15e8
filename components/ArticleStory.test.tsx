import { describe, expect, it } from 'vitest';
import type { StandardsPage } from '@/lib/content/types';
import { ArticleStory } from './ArticleStory';
import { cityFixture, inesFixture, storyFixture } from './testing/fixtures';
import { markup, readableText } from './testing/render';

const now = new Date('2026-11-27T12:00:00Z');
const body = <p>The gates held.</p>;
const ethics: StandardsPage = {
  slug: 'ethics-policy',
  file: '',
  title: 'Ethics',
  description: '',
  roles: ['ethicsPolicy'],
  source: '',
  body: '',
};

describe('ArticleStory', () => {
  it('shows the headline, standfirst, byline and body of a news story, with no format label', () => {
    const html = markup(
      <ArticleStory
        article={storyFixture()}
        section={cityFixture}
        authors={[inesFixture]}
        body={body}
        ethics={ethics}
        now={now}
      />,
    );
    expect(html).toContain('<article data-format="news">');
    expect(html).toContain('<h1>Storm surge floods cellars as harbour gates hold</h1>');
    expect(html).toContain('<p>The gates held.</p>');
    expect(html).not.toContain('data-format="opinion"');
  });

  it('sets opinion apart and links how the newsroom handles it', () => {
    const text = readableText(
      <ArticleStory
        article={storyFixture({ format: 'opinion' })}
        section={cityFixture}
        authors={[inesFixture]}
        body={body}
        ethics={ethics}
        now={now}
      />,
    );
    expect(text).toContain('Opinion City Storm surge floods cellars as harbour gates hold');
    expect(text).toContain("The writer's view, not the newsroom's reporting. How we handle opinion");
  });

  it('says how old an old story is', () => {
    const old = storyFixture({ publishedAt: new Date('2024-01-10T09:00:00Z') });
    expect(
      readableText(
        <ArticleStory
          article={old}
          section={cityFixture}
          authors={[inesFixture]}
          body={body}
          ethics={undefined}
          now={now}
        />,
      ),
    ).toMatch(/^Home › City › .* This story is more than 2 years old/);
  });
});
