// Why does this need the browser? It flips the theme without a reload and remembers the choice in
// localStorage. Until it runs (and without JavaScript) its button stays an invisible, inert placeholder,
// so nothing moves when it appears, and the system setting applies.
// Markup (components/ThemeToggle.tsx): <theme-toggle><button disabled class="invisible">.
import { whenParsed } from '@/lib/islands/whenParsed';

type Theme = 'light' | 'dark';

class ThemeToggleElement extends HTMLElement {
  connectedCallback() {
    whenParsed(() => this.upgrade());
  }

  private upgrade() {
    const button = this.querySelector('button');
    if (!button?.disabled) return;
    const root = document.documentElement;
    const current = (): Theme =>
      (root.dataset.theme as Theme | undefined) ??
      (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
    const show = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
    button.addEventListener('click', () => {
      const next: Theme = current() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Private mode may refuse storage; the choice then lasts for this page only.
      }
      show();
    });
    show();
    button.disabled = false;
    button.classList.remove('invisible');
  }
}

customElements.define('theme-toggle', ThemeToggleElement);
