export type Severity = 'error' | 'warning';

/** One thing wrong with one content file, located as precisely as we can. */
export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Dotted path of the frontmatter field, e.g. `authors[1]`; absent for body or file problems. */
  field?: string;
  message: string;
}

/** `content/articles/x.mdx:4:3 error authors[1]: "jdoe" is not an author; known: a, b` */
export function formatProblem(p: ContentProblem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  return `${where} ${p.severity} ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `Content has ${errors.length} error(s); fix them and build again:\n` +
        errors.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
