import fs from 'node:fs';

/** What scripts/e2e-serve.mjs added to the server's copy of the content. */
export function e2eFixture(): {
  contentDir: string;
  scheduled: { slug: string; section: string; title: string; publishedAt: string };
  aged: { slug: string; section: string; title: string; publishedAt: string };
} {
  return JSON.parse(fs.readFileSync('.tmp/e2e-fixture.json', 'utf8'));
}
