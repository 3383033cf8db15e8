import { ShareActions } from './ShareActions';

/** Plain links to share a story: no third-party script, no tracker, nothing loads until clicked. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { label: 'Email', href: `mailto:?subject=${t}&body=${u}` },
    { label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${t}%20${u}` },
    { label: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { label: 'WhatsApp', href: `https://wa.me/?text=${t}%20${u}` },
  ];
  return (
    <section
      aria-label="Share this story"
      data-print="hide"
      className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 font-sans text-sm"
    >
      <ShareActions url={url} title={title} />
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {links.map((l) => (
          <li key={l.label}>
            <a
              href={l.href}
              rel="noopener noreferrer nofollow"
              target={l.href.startsWith('mailto:') ? undefined : '_blank'}
              className="text-accent underline underline-offset-2"
            >
              {l.label}
              {!l.href.startsWith('mailto:') && <span className="sr-only"> (opens in a new tab)</span>}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
