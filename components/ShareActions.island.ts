// Why does this need the browser? The native share sheet and the clipboard are browser APIs. Until it
// runs (and without JavaScript) its button stays an invisible, inert placeholder, so nothing moves when
// it appears; the plain share links beside it still work.
// Markup (components/ShareActions.tsx): <share-actions data-url data-title><button disabled …><span role=status>.
import { whenParsed } from '@/lib/islands/whenParsed';

class ShareActionsElement extends HTMLElement {
  connectedCallback() {
    whenParsed(() => this.upgrade());
  }

  private upgrade() {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const { url = '', title = '' } = this.dataset;
    if (!button?.disabled || !status) return;
    const canShare = typeof navigator.share === 'function';
    button.textContent = canShare ? 'Share…' : 'Copy link';
    button.addEventListener('click', async () => {
      if (canShare) {
        await navigator.share({ url, title }).catch(() => undefined);
        return;
      }
      await navigator.clipboard.writeText(url);
      status.textContent = 'Link copied';
    });
    button.disabled = false;
    button.classList.remove('invisible');
  }
}

customElements.define('share-actions', ShareActionsElement);
