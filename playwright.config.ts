import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The preview secret the test server runs with; tests read it from here. */
export const E2E_DRAFT_SECRET = 'e2e-preview-secret-0123456789abcdef0123456789';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without these, Chromium keeps dialling Google services that this closed network refuses.
const args = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath, args },
    trace: 'off',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args } },
      testIgnore: ['**/dev-server.spec.ts'],
    },
    // Publishing and the shared cache run servers of their own and are not about the viewport: desktop only.
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions: { executablePath, args } },
      testIgnore: [
        '**/publishing.spec.ts',
        '**/live-publishing.spec.ts',
        '**/redis.spec.ts',
        '**/status-codes.spec.ts',
        '**/dev-server.spec.ts',
      ],
    },
    // The dev server compiles each page on its first request: it runs alone, after the others, not beside them.
    { name: 'dev-server', testMatch: '**/dev-server.spec.ts', dependencies: ['desktop', 'phone'] },
  ],
  webServer: {
    // The production build, never the dev server: tests see what readers get.
    command: 'node scripts/e2e-serve.mjs',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', E2E_PORT: String(PORT), E2E_DRAFT_SECRET },
  },
});
