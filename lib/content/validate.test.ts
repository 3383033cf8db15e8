import { describe, expect, it } from 'vitest';
import { parseFile } from './parseFile';
import { articleSchema, sectionSchema } from './schema';
import { article, section } from './testing/contentFixture';
import { severityOf, validate } from './validate';

const file = (slug: string, source: string) => parseFile({ slug, file: `content/x/${slug}.mdx`, source });

describe('validating a file against its schema', () => {
  it('returns typed data and no problems for a valid file', () => {
    const v = validate(file('city', section()), sectionSchema);
    expect(v.data).toEqual({ title: 'City', description: 'News from the city.', order: 1 });
    expect(v.problems).toEqual([]);
  });

  it('locates each schema problem at its field, with the given severity', () => {
    const v = validate(file('x', article({ status: 'draft', title: '' })), articleSchema, 'warning');
    expect(v.data).toBeNull();
    expect(v.problems).toEqual([
      { file: 'content/x/x.mdx', line: 2, column: 1, severity: 'warning', field: 'title', message: 'is required' },
    ]);
  });

  it('refuses a file name that is not a slug even when the data is valid', () => {
    const v = validate(file('Bad_Name', section()), sectionSchema);
    expect(v.data).toBeNull();
    expect(v.problems[0]!.message).toMatch(/^file name "Bad_Name" is not a valid slug/);
  });

  it('a draft is judged by its raw status, before validation', () => {
    expect(severityOf(file('x', article({ status: 'draft', title: '' })))).toBe('warning');
    expect(severityOf(file('x', article({ title: '' })))).toBe('error');
  });
});
