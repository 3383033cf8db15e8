import fs from 'node:fs';

/** What scripts/e2e-serve.mjs added to the server's copy of the content. */
export function e2eFixture(): {
  contentDir: string;
  scheduled: { slug: string; section: string; title: string; publishedAt: string };
  aged: { slug: string; section: string; title: string; publishedAt: string };
} {
  return JSON.parse(fs.readFileSync('.tmp/e2e-fixture.json', 'utf8'));
}

/** The published story scripts/e2e-serve.mjs writes with a body that cannot compile (dated 1 January 2020). */
export const brokenPublished = {
  slug: 'e2e-broken-published',
  section: 'city',
  publishedAt: '2020-01-01T09:00:00.000Z',
};
