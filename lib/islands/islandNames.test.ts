import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISLAND_NAMES, islandName, islandScriptPath } from './islandNames';

describe('islandName', () => {
  it.each([
    ['ThemeToggle.island.ts', 'theme-toggle'],
    ['ShareActions.island.ts', 'share-actions'],
    ['LiveUpdates.island.ts', 'live-updates'],
    ['Poll.island.ts', 'poll'],
    ['ThemeToggle.tsx', null],
    ['ThemeToggle.island.tsx', null],
    ['ThemeToggle.island.test.ts', null],
    ['themeToggle.island.ts', null],
  ])('%s -> %s', (file, name) => {
    expect(islandName(file)).toBe(name);
  });
});

describe('the list of islands', () => {
  it('names exactly the islands in components/', () => {
    const built = fs
      .readdirSync('components')
      .map(islandName)
      .filter((n) => n !== null)
      .sort();
    expect(built).toEqual([...ISLAND_NAMES].sort());
  });

  it('every island opens with why it needs the browser and defines its custom element', () => {
    for (const file of fs.readdirSync('components').filter((f) => islandName(f))) {
      const source = fs.readFileSync(`components/${file}`, 'utf8');
      expect(source.split('\n')[0], file).toMatch(/^\/\/ Why does this need the browser\? \S/);
      expect(source, file).toContain(`customElements.define('${islandName(file)}',`);
      expect(source, file).not.toMatch(/from 'react'/);
    }
  });

  it('serves each from /islands/', () => {
    expect(islandScriptPath('theme-toggle')).toBe('/islands/theme-toggle.js');
  });
});
