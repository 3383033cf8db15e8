import path from 'node:path';

/** Where the store lives: CONTENT_STORE, by default `.masthead/content.sqlite` in the working folder (gitignored). */
export function storePath(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CONTENT_STORE || path.join('.masthead', 'content.sqlite'));
}
