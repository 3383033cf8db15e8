import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CACHE_TAGS_HEADER,
  DRAFT_MODE_COOKIE,
  FILE_SYSTEM_CACHE_MODULE,
  NEXT_VERSION_CHECKED,
  RSC_PAYLOAD_MARKER,
  withoutDraftModeCookies,
} from './nextInternals';

const require = createRequire(import.meta.url);
const nextDist = path.join(path.dirname(require.resolve('next/package.json')), 'dist');
const read = (file: string) => fs.readFileSync(path.join(nextDist, file), 'utf8');

describe('the Next.js internals Masthead relies on', () => {
  it('were checked against the installed Next.js (otherwise: the checklist in nextInternals.ts, then bump)', () => {
    expect(require('next/package.json').version).toBe(NEXT_VERSION_CHECKED);
  });

  it('are still where they were', () => {
    expect(read('server/async-storage/draft-mode-provider.js')).toContain('COOKIE_NAME_PRERENDER_BYPASS');
    expect(read('server/api-utils/index.js')).toContain(`COOKIE_NAME_PRERENDER_BYPASS = \`${DRAFT_MODE_COOKIE}\``);
    expect(read('lib/constants.js')).toContain(`'${CACHE_TAGS_HEADER}'`);
    expect(fs.existsSync(require.resolve(FILE_SYSTEM_CACHE_MODULE))).toBe(true);
    // The page cache imports it by a literal specifier (bundlers need one): the same module.
    expect(fs.readFileSync('cache-handler.mjs', 'utf8')).toContain(
      `import fileSystemCache from '${FILE_SYSTEM_CACHE_MODULE}';`,
    );
    expect(read('server/app-render/use-flight-response.js')).toContain(RSC_PAYLOAD_MARKER);
  });
});

describe('a Cookie header without draft mode', () => {
  it.each([
    ['__prerender_bypass=abc', ''],
    ['theme=dark; __prerender_bypass=abc; x=1', 'theme=dark; x=1'],
    ['__next_preview_data=x;masthead_preview=1.desk.sig', 'masthead_preview=1.desk.sig'],
    [' __prerender_bypass = abc ;__prerender_bypass=def', ''],
    ['x__prerender_bypass=abc', 'x__prerender_bypass=abc'],
    ['__prerender_bypass', ''],
  ])('%j → %j', (header, expected) => {
    expect(withoutDraftModeCookies(header)).toBe(expected);
  });
});
