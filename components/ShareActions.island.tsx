'use client';
// Why does this need the browser? The native share sheet and the clipboard are browser APIs.
// Without JavaScript it stays an invisible, inert placeholder (so nothing moves when it appears);
// the plain share links beside it still work.
import { useEffect, useState } from 'react';

export function ShareActions({ url, title }: { url: string; title: string }) {
  const [mode, setMode] = useState<'share' | 'copy' | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => setMode(typeof navigator.share === 'function' ? 'share' : 'copy'), []);
  const onClick = async () => {
    if (!mode) return;
    if (mode === 'share') {
      await navigator.share({ url, title }).catch(() => undefined);
      return;
    }
    await navigator.clipboard.writeText(url);
    setCopied(true);
  };
  return (
    <>
      <button
        type="button"
        onClick={onClick}
        disabled={!mode}
        aria-hidden={!mode}
        className={`rounded-sm border border-rule px-3 py-1.5 hover:border-ink ${mode ? '' : 'invisible'}`}
      >
        {mode === 'share' ? 'Share…' : 'Copy link'}
      </button>
      <span role="status" className="text-muted">
        {copied ? 'Link copied' : ''}
      </span>
    </>
  );
}
