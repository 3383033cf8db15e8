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
  problems: ContentProblem[];
}

const KINDS = ['sections', 'authors', 'articles'] as const;

/** Stage 1, the only one that reads `content/`: every .mdx/.md file of each folder, sorted by name. */
export function readSources(contentDir: string, cache?: SourceCache): ContentSources {
  const problems: ContentProblem[] = [];
  const fileProblem = (absolute: string, message: string) =>
    problems.push({ file: display(absolute), line: 1, column: 1, severity: 'error', message });

  const readDir = (kind: string, optional = false): SourceFile[] => {
    const dir = path.join(contentDir, kind);
    let names: string[];
    try {
      names = fs
        .readdirSync(dir)
        .filter((n) => n.endsWith('.mdx') || n.endsWith('.md'))
        .sort();
    } catch {
      if (!optional) fileProblem(dir, `folder is missing: create ${display(dir)}/ with .mdx files`);
      return [];
    }
    return names.flatMap((name) => {
      const absolute = path.join(dir, name);
      try {
        if (!cache) return [readFile(absolute, name)];
        const { mtimeMs, size } = fs.statSync(absolute);
        let file = cache.get(absolute, mtimeMs, size);
        if (!file) cache.set(absolute, mtimeMs, size, (file = readFile(absolute, name)));
        return [file];
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        fileProblem(absolute, `file cannot be read (${code}): check that it exists and is readable`);
        return [];
      }
    });
  };

  const [sections, authors, articles] = KINDS.map((kind) => readDir(kind)) as [
    SourceFile[],
    SourceFile[],
    SourceFile[],
  ];
  const pages = readDir('pages', true);
  cache?.sweep();
  return { sections, authors, articles, pages, problems };
}

function readFile(absolute: string, name: string): SourceFile {
  return { slug: name.replace(/\.mdx?$/, ''), file: display(absolute), source: fs.readFileSync(absolute, 'utf8') };
}

const display = (absolute: string) => path.relative(process.cwd(), absolute) || absolute;
