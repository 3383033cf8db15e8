import { serializeJsonLd } from '@/lib/seo/jsonLd';

/**
 * Structured data for crawlers; a data block, never executed. Safe as raw HTML: serializeJsonLd escapes `<`, `>`, `&`
 * and the line separators, so no string in the data can close the tag.
 */
export function JsonLd({ data }: { data: Record<string, unknown> | Record<string, unknown>[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
