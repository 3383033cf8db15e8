import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { E2E_DRAFT_SECRET } from '../playwright.config';
import { rawSend } from './rawHttp';
import { expectAnswers } from './statusCodes';

/**
 * `npm run dev` answers the same status codes as production (the table in statusCodes.ts), because the
 * request gate runs in front of the dev server too. Its own project runs after the others (playwright.config.ts):
 * compiling pages on demand takes both cores for a minute.
 */
const PORT = 3700;
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  fs.mkdirSync('.tmp', { recursive: true });
  const log = fs.openSync('.tmp/dev-server.log', 'w');
  server = spawn('node', ['scripts/server.mjs', '--dev', '-p', String(PORT), '-H', '127.0.0.1'], {
    stdio: ['ignore', log, log],
    // Only what the test sets: nothing from the caller's shell (a DRAFT_SECRET, a CONTENT_DIR) reaches it.
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'development',
      NEXT_TELEMETRY_DISABLED: '1',
      LISTING_PAGE_SIZE: '4',
      DRAFT_SECRET: E2E_DRAFT_SECRET,
    },
  });
  await expect
    .poll(async () => (await rawSend(PORT, 'GET', '/').catch(() => null))?.status, {
      timeout: 170_000,
      intervals: [2_000],
    })
    .toBe(200);
});

test.afterAll(() => {
  if (server?.pid) process.kill(server.pid, 'SIGTERM');
});

test('npm run dev answers every kind of request with the same status code as production', async () => {
  test.setTimeout(300_000);
  await expectAnswers(PORT);
});
