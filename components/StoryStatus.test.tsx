import { describe, expect, it } from 'vitest';
import { StoryStatus } from './StoryStatus';
import { storyFixture } from './testing/fixtures';
import { markup } from './testing/render';

const now = new Date('2026-11-27T12:00:00Z');

describe('StoryStatus', () => {
  it('says nothing on a story readers can see', () => {
    const live = storyFixture({ publishedAt: new Date('2026-11-27T11:59:00Z') });
    expect(markup(<StoryStatus article={live} now={now} />)).toBe('');
  });

  it('marks a draft as a draft, whatever its date', () => {
    for (const publishedAt of [new Date('2026-11-20T09:00:00Z'), new Date('2026-12-01T09:00:00Z')]) {
      const draft = storyFixture({ status: 'draft', publishedAt });
      expect(markup(<StoryStatus article={draft} now={now} />)).toBe('<span data-status="draft">Draft</span>');
    }
  });

  it('marks a published story whose time has not come as scheduled, with that time', () => {
    const scheduled = storyFixture({ publishedAt: new Date('2026-11-27T12:01:00Z') });
    expect(markup(<StoryStatus article={scheduled} now={now} />)).toBe(
      '<span data-status="scheduled">Scheduled for <time dateTime="2026-11-27T12:01:00.000Z">' +
        'Fri 27 November 2026, 12:01 GMT</time></span>',
    );
  });
});
