import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from './loadContent';
import { formatProblem } from './problem';
import { type Fixture, makeFixture } from './testing/contentFixture';

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.remove());

const page = (title: string, roles = '') =>
  `---\ntitle: ${title}\ndescription: What this page covers.\n${roles ? `roles: ${roles}\n` : ''}---\nBody of ` +
  `${title}.\n`;
/** The pages' part of a full load: what the pipeline found in content/pages. */
const load = () => {
  const index = loadContent({ contentDir: fx.contentDir, publicDir: fx.publicDir });
  const problems = index.problems.filter((p) => p.file.includes('pages/'));
  return { pages: index.pages, roles: index.publisherRoles, problems };
};

describe('standards pages', () => {
  it('are optional: no folder, no pages and no problems', () => {
    expect(load()).toEqual({ pages: [], roles: new Map(), problems: [] });
  });

  it('load title, description, body and the roles they claim, sorted by title', () => {
    fx.write('pages/corrections-policy.mdx', page('Corrections policy', '[correctionsPolicy]'));
    fx.write('pages/about-us.mdx', page('About us', '[publishingPrinciples, actionableFeedbackPolicy]'));
    const { pages, roles, problems } = load();
    expect(problems).toEqual([]);
    expect(pages.map((p) => [p.slug, p.title, p.body])).toEqual([
      ['about-us', 'About us', 'Body of About us.\n'],
      ['corrections-policy', 'Corrections policy', 'Body of Corrections policy.\n'],
    ]);
    expect(Object.fromEntries([...roles].map(([role, p]) => [role, p.slug]))).toEqual({
      publishingPrinciples: 'about-us',
      actionableFeedbackPolicy: 'about-us',
      correctionsPolicy: 'corrections-policy',
    });
  });

  it('report a role claimed by two pages at the second claim, keeping the first', () => {
    fx.write('pages/a-ethics.mdx', page('Ethics', '[ethicsPolicy]'));
    fx.write('pages/b-standards.mdx', page('Standards', '[masthead, ethicsPolicy]'));
    const { roles, problems } = load();
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(
          /pages\/b-standards\.mdx:4:\d+ error roles\[1\]: "ethicsPolicy" is already the role of /.source +
            /.*pages\/a-ethics\.mdx; give each role to one page$/.source,
        ),
      ),
    ]);
    expect(roles.get('ethicsPolicy')?.slug).toBe('a-ethics');
  });

  it('report schema mistakes with file, line and field, and leave the page out', () => {
    fx.write('pages/contact.mdx', page('Contact', '[complaintsPolicy]'));
    fx.write('pages/Bad_Name.mdx', page('Bad'));
    const { pages, problems } = load();
    expect(pages).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/pages\/Bad_Name\.mdx:1:1 error file name "Bad_Name" is not a valid slug/),
      expect.stringMatching(/pages\/contact\.mdx:4:\d+ error roles\[0\]: must be one of: publishingPrinciples, /),
    ]);
  });

  it('reach the content index, and their problems fail it like any other', () => {
    fx.write('pages/masthead.mdx', page('Masthead', '[masthead, masthead]'));
    const index = loadContent({ contentDir: fx.contentDir, publicDir: fx.publicDir });
    expect(index.pages.map((p) => p.slug)).toEqual(['masthead']);
    expect(index.publisherRoles.get('masthead')?.slug).toBe('masthead');
    expect(index.problems.map((p) => [p.severity, p.field])).toEqual([['error', 'roles[1]']]);
  });
});
