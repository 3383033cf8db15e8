import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from './problem';
import { article, type Fixture, livePost, makeFixture } from './testing/contentFixture';
import { checkContent } from './views';

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.remove());

describe('the content checker', () => {
  it('reports live posts’ problems with the stories’, drafts as warnings', async () => {
    fx.write('articles/storm.mdx', article({ format: 'live' }));
    fx.write('live/storm/a.mdx', livePost({ authors: '[ghost]' }));
    fx.write('live/storm/b.mdx', livePost({ status: 'draft', key: 'true' }));
    fx.write('live/storm/c.mdx', livePost());
    const problems = await checkContent({ contentDir: fx.contentDir, publicDir: fx.publicDir });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/live\/storm\/a\.mdx:4:11 error authors\[0\]: "ghost" is not an author/),
      expect.stringMatching(/live\/storm\/b\.mdx:4:6 warning key: a key event needs a title/),
    ]);
  });
});
