import { serializeJsonLd } from '@/lib/seo/jsonLd';

/** Structured data for crawlers; a data block, never executed. */
export function JsonLd({ data }: { data: Record<string, unknown> | Record<string, unknown>[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
