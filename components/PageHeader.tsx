import type { ReactNode } from 'react';

export function PageHeader({ kicker, title, children }: { kicker?: string; title: string; children?: ReactNode }) {
  return (
    <header className="mb-8 border-b border-ink pb-5">
      {kicker && <p className="font-sans text-xs font-semibold uppercase tracking-wider text-kicker">{kicker}</p>}
      <h1 className="mt-1 font-serif text-4xl font-bold tracking-tight sm:text-5xl">{title}</h1>
      {children && <div className="mt-3 max-w-2xl text-lg leading-relaxed text-muted">{children}</div>}
    </header>
  );
}
