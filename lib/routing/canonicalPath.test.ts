import { describe, expect, it } from 'vitest';
import { encodePath, readPath } from './canonicalPath';

const DRAFT_IMAGE = '/images/stories/quillmoor-bog.jpg';

/** Every way of writing the draft image's path that a server stack might decode to it. */
function spellingsOf(path: string): string[] {
  const [, first, ...rest] = path.split('/');
  const tail = rest.join('/');
  const hex = (c: string) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  return [
    `/x/../${first}/${tail}`,
    `/_next/../${first}/${tail}`,
    `/./${first}/${tail}`,
    `/x/%2e%2e/${first}/${tail}`,
    `/x/%2E%2E/${first}/${tail}`,
    `/x/.%2e/${first}/${tail}`,
    `//${first}/${tail}`,
    `/${first}//${tail}`,
    `/${first}/./${tail}`,
    `/\\${first}\\${tail}`,
    `/${first}%5c${tail.replaceAll('/', '%5C')}`,
    `/${first}%2F${tail.replaceAll('/', '%2f')}`,
    `/${first}/${tail}/`,
    `/${first}/${tail}/.`,
    `/${[...first!].map(hex).join('')}/${tail}`,
    `/%${first!.charCodeAt(0).toString(16).toUpperCase()}${first!.slice(1)}/${tail}`,
    `/${first}/${tail}/x/..`,
    `/../../${first}/${tail}`,
  ];
}

describe('reading a request target', () => {
  it('passes a canonical path as written', () => {
    for (const path of ['/', '/city', '/city/harbour-wall', DRAFT_IMAGE, '/_next/static/chunks/%5Broot%5D__a1.css'])
      expect(readPath(path).kind, path).toBe('canonical');
    expect(readPath('/_next/static/chunks/%5Broot%5D__a1.css')).toEqual({
      kind: 'canonical',
      path: '/_next/static/chunks/[root]__a1.css',
    });
  });

  it.each(spellingsOf(DRAFT_IMAGE))('reads %s as the path Next.js would serve, never as canonical', (target) => {
    expect(readPath(target)).toEqual({ kind: 'variant', path: DRAFT_IMAGE });
  });

  it.each([
    ['/city/zzq"1', '/city/zzq"1'],
    ['/City/', '/City'],
    ['/%5bx%5d', '/[x]'],
    ['/a b', '/a b'],
  ])('reads %s as a variant of %s', (target, path) => {
    expect(readPath(target)).toEqual({ kind: 'variant', path });
  });

  it.each([
    '*',
    '',
    'http://evil.example/city',
    'city',
    '\\images\\a.jpg',
    '/%E0%A4%A',
    '/city/%',
    '/city/%zz',
    '/%c0%ae',
  ])('answers 400 for %j', (target) => {
    expect(readPath(target)).toEqual({ kind: 'bad-request' });
  });

  it.each(['/%252e%252e/images/a.jpg', '/city/%2500', '/city/a%00', '/%01', '/city/%0d%0aSet-Cookie:x', '/x%7f'])(
    'finds nothing to serve at %s',
    (target) => {
      expect(readPath(target)).toEqual({ kind: 'unservable' });
    },
  );

  it('encodes each segment as Next.js encodes asset paths', () => {
    expect(encodePath('/_next/static/[root]__a.css')).toBe('/_next/static/%5Broot%5D__a.css');
    expect(encodePath('/city/zzq"1')).toBe('/city/zzq%221');
  });
});
