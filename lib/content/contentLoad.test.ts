import { afterEach, describe, expect, it } from 'vitest';
import { contentLoadTag, countContentLoad, currentContentLoad, renderedFromOlderContent } from './contentLoad';

const store = globalThis as typeof globalThis & { __mastheadContentLoad?: number };

describe('content load', () => {
  afterEach(() => {
    store.__mastheadContentLoad = undefined;
  });

  it('starts at 0 and counts every swap', () => {
    expect(currentContentLoad()).toBe(0);
    countContentLoad();
    countContentLoad();
    expect(currentContentLoad()).toBe(2);
  });

  it('names the load in a cache tag', () => {
    expect(contentLoadTag(7)).toBe('content-load:7');
  });

  it('refuses a render that read an older load, and only that', () => {
    expect(renderedFromOlderContent(['story:a', 'content-load:2'], 3)).toBe(true);
    expect(renderedFromOlderContent(['story:a', 'content-load:3'], 3)).toBe(false);
    expect(renderedFromOlderContent(['story:a'], 3)).toBe(false);
    expect(renderedFromOlderContent([], 0)).toBe(false);
  });

  it('judges by the oldest load when a render read content twice', () => {
    expect(renderedFromOlderContent(['content-load:3', 'content-load:2'], 3)).toBe(true);
  });

  it('compares with what this process serves now', () => {
    countContentLoad();
    expect(renderedFromOlderContent(['content-load:0'])).toBe(true);
    expect(renderedFromOlderContent(['content-load:1'])).toBe(false);
  });
});
