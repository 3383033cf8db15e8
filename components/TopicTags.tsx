import type { Topic } from '@/lib/content/types';

export function TopicTags({ topics }: { topics: Topic[] }) {
  if (!topics.length) return null;
  return (
    <nav aria-label="Topics" className="mt-10 border-t border-rule pt-4 font-sans text-sm">
      <h2 className="font-semibold">Topics</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {topics.map((t) => (
          <li key={t.slug}>
            <a
              href={`/topics/${t.slug}`}
              rel="tag"
              className="inline-block rounded-full border border-rule px-3 py-1.5 hover:border-ink"
            >
              {t.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
