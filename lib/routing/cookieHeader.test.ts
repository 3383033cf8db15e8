import { describe, expect, it } from 'vitest';
import { cookieValue, withoutCookies } from './cookieHeader';

describe('a Cookie header', () => {
  it('gives one cookie by its exact name', () => {
    expect(cookieValue('theme=dark; masthead_preview=a.b; x=1', 'masthead_preview')).toBe('a.b');
    expect(cookieValue('masthead_preview=first; masthead_preview=second', 'masthead_preview')).toBe('first');
    expect(cookieValue('xmasthead_preview=a', 'masthead_preview')).toBeUndefined();
    expect(cookieValue('masthead_preview', 'masthead_preview')).toBeUndefined();
    expect(cookieValue('', 'masthead_preview')).toBeUndefined();
  });

  it('leaves out the named cookies and keeps the rest as they were written', () => {
    expect(withoutCookies('theme=dark; a=1;b=2', ['a'])).toBe('theme=dark;b=2');
    expect(withoutCookies('a', ['a'])).toBe('');
  });
});
