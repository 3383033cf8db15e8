import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { viewOf } from '@/lib/content/testing/viewOf';
import { checkPreviewPath, returnPathFromReferer } from './previewPath';

const index = viewOf({
  articles: [articleStub('harbour-wall', { status: 'draft' })],
  problems: [
    { file: 'content/articles/broken-draft.mdx', line: 3, column: 1, severity: 'warning' as const, message: 'x' },
  ],
});

describe('preview path check', () => {
  it('accepts an existing story at its own section, and the desk', () => {
    expect(checkPreviewPath('/city/harbour-wall', index)).toEqual({ ok: true, path: '/city/harbour-wall' });
    expect(checkPreviewPath('/preview', index)).toEqual({ ok: true, path: '/preview' });
    expect(checkPreviewPath(null, index)).toEqual({ ok: true, path: '/preview' });
  });

  it('accepts a broken draft so the editor can see its errors', () => {
    expect(checkPreviewPath('/city/broken-draft', index).ok).toBe(true);
  });

  it.each([
    '//evil.example/city/harbour-wall',
    'https://evil.example/',
    'http:/evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/%2F%2Fevil.example',
    '/city/harbour-wall%00',
    '/city/../etc/passwd',
    '/city/harbour-wall?x=//evil',
    '/city/harbour-wall#frag',
    '/city/harbour-wall/',
    '/City/Harbour-Wall',
    'javascript:alert(1)',
    '/city/harbour-wall\n',
    ' /city/harbour-wall',
    '/sport/harbour-wall',
    '/city/no-such-story',
    `/city/${'a'.repeat(300)}`,
  ])('refuses %j', (path) => {
    expect(checkPreviewPath(path, index).ok).toBe(false);
  });
});

describe('return path after exit', () => {
  const host = '127.0.0.1:3000';
  it('returns to the same-host page the editor was on', () => {
    expect(returnPathFromReferer(`http://${host}/city/harbour-wall?x=1`, host)).toBe('/city/harbour-wall');
  });
  it.each([
    null,
    'https://evil.example/city',
    'not a url',
    `http://${host}/api/draft`,
    'http://127.0.0.1:3000.evil.example/city',
  ])('falls back to the front page for %j', (ref) => {
    expect(returnPathFromReferer(ref, host)).toBe('/');
  });
});
