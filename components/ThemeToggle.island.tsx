'use client';
// Why does this need the browser? It flips the theme without a reload and remembers the choice
// in localStorage. Without JavaScript it renders nothing and the system setting applies.
import { useEffect, useState } from 'react';

type Theme = 'light' | 'dark';

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => {
    const chosen = document.documentElement.dataset.theme as Theme | undefined;
    setTheme(chosen ?? (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  }, []);
  if (!theme) return null;
  const toggle = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Private mode may refuse storage; the choice then lasts for this page only.
    }
    setTheme(next);
  };
  return (
    <button type="button" aria-pressed={theme === 'dark'} onClick={toggle} className="rounded-sm border border-rule px-2.5 py-1 font-sans text-sm hover:border-ink">
      Dark mode
    </button>
  );
}
