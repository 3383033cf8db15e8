import fs from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './problem';
import type { SourceCache, SourceFile } from './sourceCache';

export interface ContentSources {
  sections: SourceFile[];
  authors: SourceFile[];
  articles: SourceFile[];
  /** Standards pages; the folder is optional. */
  pages: SourceFile[];
  /** Posts of live stories, `live/<story-slug>/<post-slug>.mdx`, by story then name; the folder is optional. */
  livePosts: LivePostSource[];
  problems: ContentProblem[];
}

/** A live post's file; its folder names the story. */
export type LivePostSource = SourceFile & { story: string };

/** Stage 1, the only one that reads `content/`: every .mdx/.md file of each folder, sorted by name. */
export function readSources(contentDir: string, cache?: SourceCache): ContentSources {
  const problems: ContentProblem[] = [];
  const fileProblem = (absolute: string, message: string) =>
    problems.push({ file: display(absolute), line: 1, column: 1, severity: 'error', message });

  const readDir = (kind: string, optional = false, story?: string): SourceFile[] => {
    const dir = path.join(contentDir, kind);
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter(isContentFile).sort();
    } catch {
      if (!optional) fileProblem(dir, `folder is missing: create ${display(dir)}/ with .mdx files`);
      return [];
    }
    return names.flatMap((name) => {
      const absolute = path.join(dir, name);
      try {
        const read = () => readFile(absolute, name, story);
        return [cache ? cache.get(absolute, fs.statSync(absolute), read) : read()];
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        fileProblem(absolute, `file cannot be read (${code}): check that it exists and is readable`);
        return [];
      }
    });
  };

  const sections = readDir('sections');
  const authors = readDir('authors');
  const articles = readDir('articles');
  const pages = readDir('pages', true);
  const livePosts = readLiveDir();
  cache?.sweep();
  return { sections, authors, articles, pages, livePosts, problems };

  function readLiveDir(): LivePostSource[] {
    const dir = path.join(contentDir, 'live');
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    const stories = entries.filter((e) => e.isDirectory()).map((e) => e.name);
    for (const e of entries)
      if (!e.isDirectory() && isContentFile(e.name))
        fileProblem(path.join(dir, e.name), 'a post must be in its story’s folder: move it to live/<story-slug>/');
    return stories.sort().flatMap((story) => readDir(path.join('live', story), false, story) as LivePostSource[]);
  }
}

const isContentFile = (name: string) => name.endsWith('.mdx') || name.endsWith('.md');

/** The same object is kept while the file is unchanged (see SourceCache), so a post carries its story in it. */
function readFile(absolute: string, name: string, story?: string): SourceFile | LivePostSource {
  const file = {
    slug: name.replace(/\.mdx?$/, ''),
    file: display(absolute),
    source: fs.readFileSync(absolute, 'utf8'),
  };
  return story === undefined ? file : { ...file, story };
}

const display = (absolute: string) => path.relative(process.cwd(), absolute) || absolute;
