// Why does this need the browser? A reader watching a running live story should learn that posts have
// arrived without reloading: checking a tiny manifest on a timer, and inserting posts when asked,
// needs script. Without JavaScript the page is complete as served, and a reload shows new posts.
// Markup (components/LiveUpdates.tsx): <live-updates data-…><div aria-live="polite"><button hidden>.
// No React: readers' pages will not ship a framework runtime, and this must keep working then.
import { whenParsed } from '@/lib/islands/whenParsed';
import { countedTitle, newUpdatesLabel } from '@/lib/live/newUpdates';

/** What `/<section>/<slug>/live.json` answers (lib/live/liveManifest.ts). */
interface LiveManifest {
  live: boolean;
  newest: string | null;
  count: number;
}

class LiveUpdatesElement extends HTMLElement {
  private button: HTMLButtonElement | null = null;
  private timer = 0;
  private busy = false;
  private stopped = false;
  private newest = '';
  private count = 0;
  private pending: LiveManifest | null = null;
  private pageTitle = '';
  private manifestUrl = '';

  connectedCallback() {
    whenParsed(() => this.upgrade());
  }

  disconnectedCallback() {
    this.stop();
  }

  private upgrade() {
    const button = this.querySelector('button');
    const manifestUrl = this.dataset.manifest;
    if (!button || !manifestUrl || this.button) return;
    this.button = button;
    this.manifestUrl = manifestUrl;
    this.newest = this.dataset.newest ?? '';
    this.count = Number(this.dataset.count);
    this.pageTitle = document.title;
    button.addEventListener('click', () => void this.show());
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  /** A hidden tab asks nothing; coming back, it checks at once. */
  private onVisibility = () => {
    if (document.hidden) clearTimeout(this.timer);
    else void this.poll();
  };

  private schedule() {
    clearTimeout(this.timer);
    if (this.stopped || document.hidden) return;
    this.timer = window.setTimeout(() => void this.poll(), Number(this.dataset.pollSeconds) * 1000);
  }

  private stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private async poll() {
    if (this.busy || this.stopped) return;
    this.busy = true;
    try {
      const response = await fetch(this.manifestUrl, { cache: 'no-cache' });
      const manifest = response.ok ? ((await response.json()) as LiveManifest) : null;
      if (manifest?.newest && manifest.newest !== this.newest) {
        this.pending = manifest;
        this.announce(Math.max(1, manifest.count - this.count));
      }
      if (manifest && !manifest.live) this.stop();
    } catch {
      // Offline or a network hiccup: ask again at the next tick.
    }
    this.busy = false;
    this.schedule();
  }

  /** The button appears inside a polite live region, fixed in place so nothing on the page moves. */
  private announce(count: number) {
    const { button } = this;
    if (!button) return;
    button.textContent = newUpdatesLabel(count);
    button.hidden = false;
    document.title = countedTitle(this.pageTitle, count);
  }

  /** Inserts the posts this page lacks, from the story's page 1 (cached like any page), newest first. */
  private async show() {
    const manifest = this.pending;
    if (!manifest?.newest) return;
    // The newest post's slug in the query gives each new state its own URL in shared caches.
    const response = await fetch(`${this.dataset.page}?since=${encodeURIComponent(manifest.newest)}`);
    if (!response.ok) return;
    const fetched = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = [...fetched.querySelectorAll<HTMLElement>('#live-pinned > article, #live-posts > article')].filter(
      (post) => !document.getElementById(post.id),
    );
    for (const post of fresh) post.dataset.new = '';
    const pinned = fresh.filter((post) => post.parentElement?.id === 'live-pinned');
    if (pinned.length) document.getElementById('live-pinned')?.replaceChildren(...pinned);
    document.getElementById('live-posts')?.prepend(...fresh.filter((post) => !pinned.includes(post)));
    const keyEvents = fetched.getElementById('key-events');
    if (keyEvents) document.getElementById('key-events')?.replaceWith(keyEvents);

    // A page fetched from a cache a moment behind the manifest may lack the newest post: the next poll asks again.
    if (fetched.getElementById(`post-${manifest.newest}`)) this.newest = manifest.newest;
    this.count += fresh.length;
    this.pending = null;
    if (this.button) this.button.hidden = true;
    document.title = this.pageTitle;
    const newest = document.getElementById(`post-${manifest.newest}`) ?? fresh[0];
    if (!newest) return;
    newest.tabIndex = -1;
    newest.focus({ preventScroll: true });
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    newest.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  }
}

customElements.define('live-updates', LiveUpdatesElement);
