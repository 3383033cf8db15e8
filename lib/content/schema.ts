import { z } from 'zod';
import { SLUG_PATTERN } from './slug';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Date.parse rolls 31 February over into March; an editor's typo should not move a story. */
function isRealDateTime(s: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(s);
  if (!match) return true; // the format rule has already reported it
  const [, y = NaN, m = NaN, d = NaN, hh = NaN, mm = NaN] = match.map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d && hh < 24 && mm < 60 && !Number.isNaN(Date.parse(s));
}

const text = (max: number) =>
  z
    .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be text') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

const slugRef = z
  .string({ error: 'must be a slug (text)' })
  .regex(SLUG_PATTERN, 'must be a slug: lowercase a-z, 0-9 and single hyphens');

const dateTime = z
  .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a quoted ISO 8601 date-time') })
  .regex(ISO_WITH_OFFSET, 'must be ISO 8601 with a time zone offset, e.g. "2026-11-21T07:30:00+00:00"')
  .refine(isRealDateTime, 'is not a real date and time (check the day of the month and the hour)')
  .transform((s) => new Date(s));

const imagePath = z
  .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a path') })
  .regex(
    /^\/images\/[A-Za-z0-9._/-]+\.(?:jpe?g|png|webp|avif)$/,
    'must be a .jpg, .png, .webp or .avif path under /images/, e.g. "/images/stories/x.jpg"',
  )
  .refine((s) => !s.split('/').includes('..'), 'must not contain ".."');

const imageSchema = z.strictObject({
  src: imagePath,
  alt: text(300),
  caption: text(400).optional(),
  credit: text(120).optional(),
});

export const sectionSchema = z.strictObject({
  title: text(60),
  description: text(300),
  order: z.number({ error: 'must be a number (the position in the navigation)' }).int('must be a whole number'),
});

export const authorSchema = z.strictObject({
  name: text(120),
  role: text(120),
  avatar: z.strictObject({ src: imagePath, alt: text(200) }, { error: 'is required: {src, alt}' }),
  links: z
    .array(z.strictObject({ label: text(60), url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }) }))
    .optional()
    .default([]),
});

export const updateSchema = z.strictObject({
  at: dateTime,
  kind: z.enum(['update', 'correction', 'clarification'], {
    error: 'must be one of: update, correction, clarification',
  }),
  note: text(600),
});

const flag = z.boolean({ error: 'must be true or false' }).optional().default(false);

export const ARTICLE_FORMATS = ['news', 'analysis', 'opinion', 'explainer', 'interview', 'review', 'live'] as const;

export const articleSchema = z.strictObject({
  title: text(200),
  dek: text(400),
  section: slugRef,
  authors: z.array(slugRef, { error: 'must be a list of author slugs' }).min(1, 'must name at least one author'),
  publishedAt: dateTime,
  status: z.enum(['published', 'draft'], { error: 'must be one of: published, draft' }),
  tags: z.array(text(60), { error: 'must be a list of topic names' }).optional().default([]),
  image: imageSchema.optional(),
  updates: z.array(updateSchema, { error: 'must be a list of {at, kind, note}' }).optional().default([]),
  related: z.array(slugRef, { error: 'must be a list of article slugs' }).optional().default([]),
  redirectFrom: z.array(slugRef, { error: 'must be a list of old slugs' }).optional().default([]),
  format: z
    .enum(ARTICLE_FORMATS, { error: `must be one of: ${ARTICLE_FORMATS.join(', ')}` })
    .optional()
    .default('news'),
  /** A live story's coverage ends at this time; before it, or when absent, the story is live. */
  liveUntil: dateTime.optional(),
  /** Shows the story in the "Breaking" strip on the front page and every section front. */
  breaking: flag,
});

/** A post of a live story: `content/live/<story-slug>/<post-slug>.mdx`. */
export const livePostSchema = z.strictObject({
  at: dateTime,
  title: text(200).optional(),
  authors: z
    .array(slugRef, { error: 'must be a list of author slugs' })
    .min(1, 'must name at least one author, or be left out for the story’s authors')
    .optional(),
  /** A key event, listed in the key-events box; needs a title. */
  key: flag,
  /** Shown first, above the newest post; at most one per story. */
  pinned: flag,
  status: z.enum(['published', 'draft'], { error: 'must be one of: published, draft' }),
  image: imageSchema.optional(),
});

/** The roles a standards page can play in the publisher's structured data (schema.org property names). */
export const PUBLISHER_ROLES = [
  'publishingPrinciples',
  'correctionsPolicy',
  'ethicsPolicy',
  'masthead',
  'ownershipFundingInfo',
  'verificationFactCheckingPolicy',
  'actionableFeedbackPolicy',
] as const;

export const pageSchema = z.strictObject({
  title: text(120),
  description: text(300),
  /** The publisher properties this page answers for, e.g. correctionsPolicy. */
  roles: z
    .array(z.enum(PUBLISHER_ROLES, { error: `must be one of: ${PUBLISHER_ROLES.join(', ')}` }), {
      error: 'must be a list of publisher roles',
    })
    .optional()
    .default([]),
});

export type SectionFrontmatter = z.infer<typeof sectionSchema>;
export type AuthorFrontmatter = z.infer<typeof authorSchema>;
export type ArticleFrontmatter = z.infer<typeof articleSchema>;
export type PageFrontmatter = z.infer<typeof pageSchema>;
export type ImageFrontmatter = z.infer<typeof imageSchema>;
export type LivePostFrontmatter = z.infer<typeof livePostSchema>;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];
export type PublisherRole = (typeof PUBLISHER_ROLES)[number];

/** Turns zod's issues into sentences an editor can act on. */
export function describeIssues(error: z.ZodError, schema: z.ZodType): { path: PropertyKey[]; message: string }[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = objectKeysAt(schema, issue.path);
      return {
        path: [...issue.path, issue.keys[0] ?? ''],
        message: `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed: ${allowed.join(', ')}`,
      };
    }
    return { path: issue.path, message: issue.message };
  });
}

/** The field names an object schema accepts at a path (array indexes skipped). */
function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.core.$ZodType | undefined = schema;
  const unwrap = (from: z.core.$ZodType): z.core.$ZodType => {
    for (let at = from; ; ) {
      const def: z.core.$ZodTypeDef & { innerType?: z.core.$ZodType } = at._zod.def;
      if ((def.type === 'optional' || def.type === 'default') && def.innerType) at = def.innerType;
      else return at;
    }
  };
  for (const part of path) {
    const def = unwrap(node)._zod.def as {
      type: string;
      element?: z.core.$ZodType;
      shape?: Record<string, z.core.$ZodType>;
    };
    if (typeof part === 'number' && def.type === 'array') node = def.element;
    else if (def.type === 'object' && def.shape) node = def.shape[String(part)];
    if (!node) return [];
  }
  const def = unwrap(node)._zod.def as { shape?: Record<string, unknown> };
  return Object.keys(def.shape ?? {});
}

/** `['authors', 1]` -> `authors[1]` */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}
