import fs from 'node:fs';
import path from 'node:path';

/**
 * A fresh copy of the build (without its page cache) and of the content, for a spec that publishes: its own
 * server changes them, and the shared test server must never see that.
 */
export function copySite(dist: string, content: string): void {
  fs.rmSync(dist, { recursive: true, force: true });
  fs.cpSync('.next', dist, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}cache`) && !src.includes('route-cache'),
  });
  fs.rmSync(content, { recursive: true, force: true });
  fs.cpSync('content', content, { recursive: true });
}
