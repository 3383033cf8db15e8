// Why does this need the browser? It changes the story's text size at once and remembers the choice on this device
// (localStorage), which the inline THEME_SCRIPT applies before first paint on every later page. Until it runs (and
// without JavaScript) the control is an invisible, inert placeholder and the browser's own text size applies.
// Markup (components/TextSize.tsx): <text-size><fieldset class="invisible"><button data-size disabled>….
import { whenParsed } from '@/lib/islands/whenParsed';
import { TEXT_SIZE_KEY, textSizeOf } from '@/lib/reading/textSize';

class TextSizeElement extends HTMLElement {
  connectedCallback() {
    whenParsed(() => this.upgrade());
  }

  private upgrade() {
    const group = this.querySelector('fieldset');
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-size]')];
    if (!group || !buttons[0]?.disabled) return;
    const root = document.documentElement;
    const show = () => {
      const current = textSizeOf(root.dataset.textSize);
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.size === current));
    };
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const size = textSizeOf(button.dataset.size);
        if (size === 'default') delete root.dataset.textSize;
        else root.dataset.textSize = size;
        try {
          localStorage.setItem(TEXT_SIZE_KEY, size);
        } catch {
          // Private mode may refuse storage; the choice then lasts for this page only.
        }
        show();
      });
      button.disabled = false;
    }
    show();
    group.classList.remove('invisible');
  }
}

customElements.define('text-size', TextSizeElement);
