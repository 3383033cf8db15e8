import { describe, expect, it } from 'vitest';
import { LiveEndedNotice } from './LiveEndedNotice';
import { markup, readableText } from './testing/render';

describe('LiveEndedNotice', () => {
  it('says the coverage has ended, and when', () => {
    const notice = <LiveEndedNotice endedAt={new Date('2026-11-10T19:00:00Z')} />;
    expect(readableText(notice)).toBe(
      'This live coverage has ended. The last update came before Tue 10 November 2026, 19:00 GMT ; ' +
        'the posts below are kept as they were.',
    );
    expect(markup(notice)).toContain('<time dateTime="2026-11-10T19:00:00.000Z">');
  });
});
