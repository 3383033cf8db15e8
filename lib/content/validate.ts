import type { z } from 'zod';
import type { ParsedFile } from './parseFile';
import type { ContentProblem, Severity } from './problem';
import { describeIssues, fieldName } from './schema';
import { SLUG_PATTERN } from './slug';

export interface Validated<T> {
  file: ParsedFile;
  severity: Severity;
  /** Null when the file failed its schema, its YAML or its name. */
  data: T | null;
  problems: ContentProblem[];
}

export type Valid<T> = Validated<T> & { data: T };

export const isValid = <T>(v: Validated<T>): v is Valid<T> => v.data !== null;

/** Each file is checked against its folder's schema only, so the file alone is the key. */
const schemaResults = new WeakMap<ParsedFile, z.ZodSafeParseResult<unknown>>();

/** A draft's mistakes are warnings: it must never block a build. Read before validation, so from the raw data. */
export function severityOf(file: ParsedFile): Severity {
  return (file.parsed.data as { status?: unknown } | undefined)?.status === 'draft' ? 'warning' : 'error';
}

/** Stage 3: the file name is a slug, the YAML parses, and the frontmatter matches its schema. */
export function validate<S extends z.ZodType>(
  file: ParsedFile,
  schema: S,
  severity: Severity = 'error',
): Validated<z.infer<S>> {
  const problems: ContentProblem[] = [];
  const report = (line: number, column: number, message: string, field?: string) =>
    problems.push({ file: file.file, line, column, severity, field, message });
  const validSlug = SLUG_PATTERN.test(file.slug);
  if (!validSlug)
    report(1, 1, `file name "${file.slug}" is not a valid slug: rename it using lowercase a-z, 0-9 and single hyphens`);
  for (const e of file.parsed.yamlErrors) report(e.position.line, e.position.column, e.message);
  if (file.parsed.yamlErrors.length) return { file, severity, data: null, problems };
  if (!schemaResults.has(file)) schemaResults.set(file, schema.safeParse(file.parsed.data ?? {}));
  const result = schemaResults.get(file) as z.ZodSafeParseResult<z.infer<S>>;
  if (result.success) return { file, severity, data: validSlug ? result.data : null, problems };
  for (const issue of describeIssues(result.error, schema)) {
    const { line, column } = file.parsed.positionOf(issue.path);
    report(line, column, issue.message, fieldName(issue.path) || undefined);
  }
  return { file, severity, data: null, problems };
}
