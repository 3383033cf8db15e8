/**
 * How long a reader's request could wait behind `work`: a 1 ms timer notes the longest gap between its ticks
 * while the work runs (in slices, yielding between them), in milliseconds.
 */
export async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await work();
  clearInterval(timer);
  return Math.max(longest, performance.now() - last); // the last slice, before the timer could tick
}
