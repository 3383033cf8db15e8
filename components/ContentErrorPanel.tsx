import type { ContentProblem } from '@/lib/content/problem';

/** In preview, a story that cannot render shows why, instead of a crash. */
export function ContentErrorPanel({ problems }: { problems: ContentProblem[] }) {
  return (
    <section
      role="alert"
      aria-labelledby="content-error-heading"
      className="max-w-3xl border-l-4 border-correction bg-correction-bg px-5 py-4 font-sans"
    >
      <h1 id="content-error-heading" className="text-2xl font-bold text-correction">
        This story has content errors
      </h1>
      <p className="mt-1 text-sm">Readers would not see it. Fix these and reload:</p>
      <ul className="mt-3 space-y-2 text-sm">
        {problems.map((p) => (
          <li key={`${p.file}:${p.line}:${p.column}:${p.message}`}>
            <code className="font-semibold">
              {p.file}:{p.line}:{p.column}
            </code>{' '}
            {p.field && <code>{p.field}</code>} {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
