import { describe, expect, it } from 'vitest';
import { StoryHeader } from './StoryHeader';
import { cityFixture, storyFixture } from './testing/fixtures';
import { markup, rawMarkup } from './testing/render';

const now = new Date('2026-11-27T12:00:00Z');

describe('StoryHeader', () => {
  it('puts the label before the section link, then the headline, the standfirst and the notes', () => {
    const html = markup(
      <StoryHeader story={storyFixture()} section={cityFixture} now={now} label={<span>Label</span>}>
        <p>A note.</p>
      </StoryHeader>,
    );
    expect(html).toMatch(/^<header><p><span>Label<\/span><a href="\/city">City<\/a>/);
    expect(html).toContain('<h1>Storm surge floods cellars as harbour gates hold</h1>');
    expect(html).toMatch(/<\/h1><p>[^<]+<\/p><p>A note.<\/p><\/header>$/);
  });

  it('sets an opinion piece apart with its own band and an italic headline, and nothing else', () => {
    const opinion = rawMarkup(
      <StoryHeader story={storyFixture({ format: 'opinion' })} {...{ now }} section={cityFixture} label={null} />,
    );
    expect(opinion).toContain('<header class="border-t-4 border-opinion bg-opinion-bg px-4 pt-3 pb-5">');
    expect(opinion).toMatch(/<h1 class="[^"]* italic">/);
    const news = rawMarkup(<StoryHeader story={storyFixture()} section={cityFixture} now={now} label={null} />);
    expect(news).toContain('<header><p');
    expect(news).not.toContain('italic');
  });
});
