// Why does this need the browser? A page served from nginx's or a CDN's cache never reaches the app, so a reading
// can only be counted from the reader's browser: one POST of the story's slug (no cookie set, no id, nothing about
// the reader), sent once the page is shown, and never when the reader asks not to be tracked (Global Privacy
// Control, Do Not Track). Without JavaScript nothing is sent. Markup (components/ViewBeacon.tsx): <view-beacon>.
const ENDPOINT = '/api/views';

class ViewBeaconElement extends HTMLElement {
  connectedCallback() {
    const slug = this.dataset.slug;
    const reader = navigator as Navigator & { globalPrivacyControl?: boolean };
    if (!slug || reader.globalPrivacyControl || reader.doNotTrack === '1') return;
    const send = () => {
      if (document.visibilityState !== 'visible') return;
      document.removeEventListener('visibilitychange', send);
      fetch(ENDPOINT, { method: 'POST', body: slug, keepalive: true }).catch(() => undefined);
    };
    document.addEventListener('visibilitychange', send);
    send();
  }
}

customElements.define('view-beacon', ViewBeaconElement);
