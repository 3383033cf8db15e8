import type { Metadata } from 'next';
import { PageHeader } from '@/components/PageHeader';
import { ResponsiveImage } from '@/components/ResponsiveImage';
import { getRequestView } from '@/lib/content/views';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

export const metadata: Metadata = {
  title: 'Our journalists',
  description: 'The reporters and editors of Masthead.',
  alternates: { canonical: '/authors' },
};

export default async function AuthorsPage() {
  const { authors } = await getRequestView();
  await tagPage([tags.siteIndexes]);
  return (
    <>
      <PageHeader title="Our journalists" />
      <ul className="grid gap-6 font-sans sm:grid-cols-2 lg:grid-cols-3">
        {authors.map((a) => (
          <li key={a.slug} className="flex items-center gap-4">
            <ResponsiveImage {...a.avatar} alt="" sizes="64px" className="size-16 rounded-full object-cover bg-panel" />
            <span>
              <a href={`/authors/${a.slug}`} className="font-semibold hover:underline">
                {a.name}
              </a>
              <span className="block text-sm text-muted">{a.role}</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
