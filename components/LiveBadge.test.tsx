import { describe, expect, it } from 'vitest';
import { LiveBadge } from './LiveBadge';
import { markup, rawMarkup } from './testing/render';

describe('LiveBadge', () => {
  it('says "Live", its dot hidden from screen readers and pulsing only when motion is welcome', () => {
    expect(markup(<LiveBadge />)).toBe('<span data-live-badge="true"><span aria-hidden="true"></span>Live</span>');
    expect(rawMarkup(<LiveBadge />)).toContain('motion-safe:animate-pulse');
  });
});
