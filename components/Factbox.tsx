import type { ReactNode } from 'react';

export function Factbox({ title = 'Key facts', children }: { title?: string; children: ReactNode }) {
  return (
    <aside className="my-8 border-t-4 border-accent bg-panel px-5 py-4 font-sans text-base" aria-label={title}>
      <h2 className="!mt-0 !mb-2 text-lg font-bold">{title}</h2>
      <div className="[&_li]:my-1 [&_ul]:my-0">{children}</div>
    </aside>
  );
}
