import { describe, expect, it } from 'vitest';
import { LiveUpdates } from './LiveUpdates';
import { markup } from './testing/render';

describe('LiveUpdates', () => {
  it('is a hidden button in a polite live region inside <live-updates>, with what the island needs', () => {
    expect(
      markup(
        <LiveUpdates
          manifestPath="/city/storm-idris-live/live.json"
          pagePath="/city/storm-idris-live"
          pollSeconds={15}
          newest="gates-shut"
          count={48}
        />,
      ),
    ).toBe(
      '<script type="module" async="" src="/islands/live-updates.js"></script>' +
        '<live-updates data-manifest="/city/storm-idris-live/live.json" data-page="/city/storm-idris-live" ' +
        'data-poll-seconds="15" data-newest="gates-shut" data-count="48" data-print="hide">' +
        '<div aria-live="polite"><button type="button" hidden=""></button></div></live-updates>',
    );
  });
});
