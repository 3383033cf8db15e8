import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// deploy/nginx.conf is the documented front of a production site: what the door (issue 21) asks of it, checked as
// text here (bench:serve runs it for real).
const conf = fs.readFileSync('deploy/nginx.conf', 'utf8');
const directives = (name: string) => [...conf.matchAll(new RegExp(`^\\s*${name} ([^;]+);`, 'gm'))].map((m) => m[1]);

describe('deploy/nginx.conf', () => {
  it('bypasses its cache only for the app’s own preview session, never for Next.js’s draft cookie', () => {
    expect(conf).not.toContain('prerender_bypass');
    expect(directives('proxy_cache_bypass')).toEqual(Array(3).fill('$cookie_masthead_preview'));
    expect(directives('proxy_no_cache')).toEqual(Array(3).fill('$cookie_masthead_preview'));
  });

  it('keys its cache on the site’s name, so made-up Host headers add no entries', () => {
    const keys = directives('proxy_cache_key');
    expect(keys.length).toBe(4);
    for (const key of keys) {
      expect(key).toMatch(/^"\$scheme\$server_name\$/);
      expect(key).not.toContain('$host');
    }
  });

  it('rate-limits /search and /api/ per client', () => {
    expect(directives('limit_req_zone')).toEqual([
      '$binary_remote_addr zone=masthead_search:10m rate=2r/s',
      '$binary_remote_addr zone=masthead_api:10m rate=5r/s',
    ]);
    expect(conf).toMatch(/location = \/search \{\s+limit_req zone=masthead_search /);
    expect(conf).toMatch(/location \/api\/ \{\s+limit_req zone=masthead_api /);
  });
});
