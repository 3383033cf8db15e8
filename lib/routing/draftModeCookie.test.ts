import { describe, expect, it } from 'vitest';
import { hasDraftModeCookie } from './draftModeCookie';

const id = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

describe('the draft-mode cookie counts only with this build’s preview mode id', () => {
  it.each([
    [`__prerender_bypass=${id}`, id, true],
    [`theme=dark; __prerender_bypass=${id}; x=1`, id, true],
    ['__prerender_bypass=forged', id, false],
    [`__prerender_bypass=${id.slice(0, -1)}`, id, false],
    [`__prerender_bypass=${id}0`, id, false],
    [`x__prerender_bypass=${id}`, id, false],
    ['', id, false],
    ['__prerender_bypass=', '', false],
  ])('%s -> %s', (header, modeId, valid) => {
    expect(hasDraftModeCookie(header, modeId)).toBe(valid);
  });
});
