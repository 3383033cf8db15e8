'use client';
// Why does this need the browser? It flips the theme without a reload and remembers the choice
// in localStorage. Without JavaScript it stays an invisible, inert placeholder (so nothing moves
// when it appears) and the system setting applies.
import { useEffect, useState } from 'react';

type Theme = 'light' | 'dark';

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => {
    const chosen = document.documentElement.dataset.theme as Theme | undefined;
    setTheme(chosen ?? (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  }, []);
  const toggle = () => {
    if (!theme) return;
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Private mode may refuse storage; the choice then lasts for this page only.
    }
    setTheme(next);
  };
  const hidden = theme ? '' : 'invisible';
  return (
    <button
      type="button"
      aria-pressed={theme === 'dark'}
      onClick={toggle}
      disabled={!theme}
      aria-hidden={!theme}
      className={`rounded-sm border border-rule px-2.5 py-1 font-sans text-sm hover:border-ink ${hidden}`}
    >
      Dark mode
    </button>
  );
}
