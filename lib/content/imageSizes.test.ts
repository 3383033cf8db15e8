import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { imageSizeReader } from './imageSizes';
import { type Fixture, makeFixture } from './testing/contentFixture';

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.remove());

describe('image sizes', () => {
  it('reads the pixel size of an image under public/, and null for a missing or broken one', () => {
    const sizeOf = imageSizeReader(fx.publicDir);
    expect(sizeOf('/images/a.png')).toEqual({ width: 1, height: 1 });
    expect(sizeOf('/images/none.png')).toBeNull();
    fx.write('../public/images/bad.png', 'not an image');
    expect(sizeOf('/images/bad.png')).toBeNull();
  });
});
