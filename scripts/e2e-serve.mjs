// Playwright's web server: the production build, serving a copy of the demo content plus stories
// made for the tests: one scheduled to go live a minute after start, broken ones, and one two years old.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const port = process.env.E2E_PORT ?? '3100';
// The islands' modules are build output in public/ (not committed); a build made with `npx next build`
// alone would lack them.
execFileSync('node', ['scripts/build-islands.mjs'], { stdio: 'inherit' });
const dir = path.resolve('.tmp/e2e-content');
fs.rmSync(dir, { recursive: true, force: true });
fs.cpSync('content', dir, { recursive: true });

const dueAt = new Date(Math.ceil((Date.now() + 60_000) / 1000) * 1000);
const scheduled = {
  slug: 'e2e-lighthouse-keepers-return',
  section: 'city',
  title: 'Lighthouse keepers return to Gullscar Point for the winter',
  publishedAt: dueAt.toISOString(),
};
// Two years old whenever the tests run, for the old-story notice; an opinion piece, for its label.
const old = new Date(Date.now() - 2 * 365.2425 * 86_400_000 - 7 * 86_400_000);
const aged = {
  slug: 'e2e-ferry-timetable-should-stay',
  section: 'city',
  title: 'The winter ferry timetable should stay as it is',
  publishedAt: `${old.toISOString().slice(0, 16)}:00+00:00`,
};
const files = {
  [`articles/${scheduled.slug}.mdx`]: `---
title: "${scheduled.title}"
dek: "A story written by the test suite, scheduled to go live a minute after the server starts."
section: ${scheduled.section}
authors: [ines-okafor]
publishedAt: "${scheduled.publishedAt}"
status: published
tags: ["Tourism"]
---

The keepers arrive with the first winter gales.
`,
  'articles/e2e-broken-draft.mdx': `---
title: "Broken draft written by the test suite"
dek: "Its author does not exist."
section: city
authors: [nobody-at-all]
publishedAt: "2026-11-20T09:00:00+00:00"
status: draft
---

Body.
`,
  // A broken draft post of the running live story: a warning on the desk, never an error.
  'live/harbour-cross-warehouse-fire-live/e2e-broken-draft-post.mdx': `---
at: "2026-11-25T19:30:00+00:00"
authors: [nobody-at-all]
key: true
status: draft
---

A draft post written by the test suite: its author does not exist and its key event has no title.
`,
  // Published straight onto the server with an MDX error the build never saw: the error page's test.
  'articles/e2e-broken-published.mdx': `---
title: "A published story whose body cannot compile"
dek: "Written by the test suite to exercise the error page."
section: city
authors: [ines-okafor]
publishedAt: "2020-01-01T09:00:00+00:00"
status: published
---

Qwzxvrr blorptang: <Factbox title="Open">
`,
  [`articles/${aged.slug}.mdx`]: `---
title: "${aged.title}"
dek: "An opinion piece written by the test suite, dated two years before the server starts."
section: ${aged.section}
authors: [ines-okafor]
publishedAt: "${aged.publishedAt}"
status: published
format: opinion
---

Cutting the early sailing would strand the island's nurses.
`,
};
for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
fs.writeFileSync('.tmp/e2e-fixture.json', JSON.stringify({ contentDir: dir, scheduled, aged }, null, 2));

const server = spawn('node', ['scripts/server.mjs', '-p', port, '-H', '127.0.0.1'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CONTENT_DIR: dir,
    PUBLISH_INTERVAL_SECONDS: '5',
    LISTING_PAGE_SIZE: '4',
    DRAFT_SECRET: process.env.E2E_DRAFT_SECRET,
    NEXT_TELEMETRY_DISABLED: '1',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
