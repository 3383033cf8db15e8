import path from 'node:path';
import { viewsAt } from '../lib/content/views';

/** What the demo content says, read straight from the files, for tests to compare pages against. */
export const demo = viewsAt({ contentDir: path.resolve('content'), publicDir: path.resolve('public') }).everything;
const now = new Date();
export const publicArticles = demo.articles.filter((a) => a.status === 'published' && a.publishedAt <= now);
export const drafts = demo.articles.filter((a) => a.status === 'draft');
export const scheduled = demo.articles.filter((a) => a.status === 'published' && a.publishedAt > now);
export const revised = publicArticles.filter((a) => a.updates.length > 0);
export const withCorrection = publicArticles.find((a) => a.updates.some((u) => u.kind === 'correction'))!;
export const withHistory = publicArticles.find((a) => a.updates.length >= 3)!;
export const urlOf = (a: { section: string; slug: string }) => `/${a.section}/${a.slug}`;
