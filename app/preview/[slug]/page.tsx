import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ContentErrorPanel } from '@/components/ContentErrorPanel';
import { articlePath } from '@/lib/content/types';
import { getRequestView } from '@/lib/content/views';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Story problems', robots: { index: false, follow: false } };

/**
 * The desk's link for a story file with problems: a broken story has no section to live under
 * (it is not in the index), so its errors are shown here; a story that loads goes to its page.
 */
export default async function StoryProblemsPage({ params }: PageProps<'/preview/[slug]'>) {
  const { slug } = await params;
  const view = await getRequestView();
  if (!view.audience.preview) notFound();
  const story = view.article(slug);
  if (story) redirect(articlePath(story));
  const problems = view.problems.filter((p) => p.file.endsWith(`articles/${slug}.mdx`));
  if (!problems.length) notFound();
  return <ContentErrorPanel problems={problems} />;
}
