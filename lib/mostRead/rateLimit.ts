/**
 * Fixed one-minute windows of counts per key, in memory only and bounded: a key is dropped when its minute is over,
 * and when MAX_KEYS keys are held a new key is refused until the minute turns (under a flood, nobody new is counted;
 * nothing grows without bound).
 */
export class RateLimit {
  private window = -1;
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Takes one from `key`'s allowance for this minute; false when none is left. */
  take(key: string, now: Date): boolean {
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute !== this.window) {
      this.window = minute;
      this.counts.clear();
    }
    const used = this.counts.get(key);
    if (used === undefined && this.counts.size >= this.maxKeys) return false;
    if ((used ?? 0) >= this.perMinute) return false;
    this.counts.set(key, (used ?? 0) + 1);
    return true;
  }
}
