import type { Metadata } from 'next';
import { PageHeader } from '@/components/PageHeader';
import { getRequestView } from '@/lib/content/views';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

export const metadata: Metadata = {
  title: 'Topics',
  description: 'Every topic Masthead covers.',
  alternates: { canonical: '/topics' },
};

export default async function TopicsPage() {
  const view = await getRequestView();
  await tagPage([tags.siteIndexes]);
  return (
    <>
      <PageHeader title="Topics">
        <p>Every subject we follow, most covered first.</p>
      </PageHeader>
      <ul className="grid gap-3 font-sans sm:grid-cols-2 lg:grid-cols-3">
        {view.topics().map((t) => (
          <li key={t.slug}>
            <a href={`/topics/${t.slug}`} className="font-semibold hover:underline">
              {t.name}
            </a>
            <span className="text-muted">
              {' '}
              · {t.count} {t.count === 1 ? 'story' : 'stories'}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
