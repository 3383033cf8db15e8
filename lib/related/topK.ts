/**
 * The k best of a stream of (id, value) pairs, best first: higher value wins, and `beatsOnTie`
 * orders equal values. A small sorted array with insertion: k is a few dozen at most, and the
 * stream is hundreds long, so this beats sorting it and allocates only for offers that get in.
 */
export class TopK {
  /** [id, value], best first; a pair is made only for an offer that gets in. */
  private readonly kept: [id: number, value: number][] = [];

  constructor(
    private readonly k: number,
    private readonly beatsOnTie: (a: number, b: number) => boolean,
  ) {}

  offer(id: number, value: number): void {
    const { kept, k } = this;
    if (k <= 0) return;
    const worst = kept[k - 1];
    if (worst && !this.beats(id, value, worst)) return;
    let at = Math.min(kept.length, k - 1);
    for (let before = kept[at - 1]; before && this.beats(id, value, before); before = kept[at - 1]) kept[at--] = before;
    kept[at] = [id, value];
  }

  /** The value an offer must reach to be kept: the k-th best so far, or -Infinity while fewer are kept. */
  get threshold(): number {
    return this.kept[this.k - 1]?.[1] ?? -Infinity;
  }

  /** [id, value] pairs, best first. */
  entries(): [number, number][] {
    return this.kept.map(([id, value]) => [id, value]);
  }

  private beats(a: number, va: number, [b, vb]: [number, number]): boolean {
    return va !== vb ? va > vb : this.beatsOnTie(a, b);
  }
}
