import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { TEXT_SIZE_KEY } from '@/lib/reading/textSize';
import { THEME_SCRIPT } from './themeScript.mjs';

/** Runs the script against a fake <html> and storage, as a browser would before first paint. */
function run(stored: Record<string, string>, storage: 'works' | 'throws' = 'works') {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (storage === 'throws') throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  vm.runInNewContext(THEME_SCRIPT, { document: { documentElement: { dataset } }, localStorage });
  return dataset;
}

describe('THEME_SCRIPT', () => {
  it('applies a stored theme and text size', () => {
    expect(run({ theme: 'dark', 'text-size': 'largest' })).toEqual({ theme: 'dark', textSize: 'largest' });
    expect(run({ theme: 'light', 'text-size': 'larger' })).toEqual({ theme: 'light', textSize: 'larger' });
  });

  it('leaves the defaults alone: no attribute for the default size or a missing choice', () => {
    expect(run({ 'text-size': 'default' })).toEqual({});
    expect(run({})).toEqual({});
  });

  it('ignores values it does not know, so storage cannot inject an attribute value', () => {
    expect(run({ theme: 'neon', 'text-size': '" onload="x' })).toEqual({});
  });

  it('reads the text size under the key the control writes', () => {
    expect(TEXT_SIZE_KEY).toBe('text-size');
    expect(THEME_SCRIPT).toContain(`localStorage.getItem('${TEXT_SIZE_KEY}')`);
  });

  it('does nothing when storage is refused (private mode)', () => {
    expect(run({ theme: 'dark' }, 'throws')).toEqual({});
  });
});
