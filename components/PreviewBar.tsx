/** Shown on every page while an editor is in draft mode. Plain links: nothing here needs JavaScript. */
export function PreviewBar() {
  return (
    <section aria-label="Preview mode" className="bg-ink font-sans text-sm text-paper">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-1 px-4 py-2 sm:px-6">
        <strong className="rounded bg-kicker px-2 py-0.5 uppercase tracking-wider text-paper">Preview</strong>
        <span>You are seeing drafts and scheduled stories. Readers are not.</span>
        <a href="/preview" className="underline underline-offset-2">
          Editors’ desk
        </a>
        {/* A plain link, never a prefetching <Link>: a prefetch would end preview by itself. */}
        <a href="/api/draft/disable" className="ml-auto font-semibold underline underline-offset-2">
          Exit preview
        </a>
      </div>
    </section>
  );
}
