import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'bench/lib/**/*.test.ts',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
    ],
    // The newsroom's zone and the site's address, whatever the caller's environment says: rendered times and
    // absolute URLs are compared as text.
    env: { NEWSROOM_TIME_ZONE: 'Europe/London', SITE_URL: 'http://localhost:3000' },
    environment: 'node',
  },
});
