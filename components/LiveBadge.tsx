/**
 * "Live" beside the kicker while the coverage runs; an ended story has none. The dot pulses only for
 * readers who have not asked for reduced motion.
 */
export function LiveBadge() {
  return (
    <span
      data-live-badge
      className={
        'inline-flex items-center gap-1.5 rounded-sm bg-kicker px-1.5 py-0.5 font-sans text-xs font-bold ' +
        'uppercase tracking-wider text-paper'
      }
    >
      <span aria-hidden="true" className="size-2 rounded-full bg-paper motion-safe:animate-pulse" />
      Live
    </span>
  );
}
