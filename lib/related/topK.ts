/**
 * The k best of a stream of (id, value) pairs, best first: higher value wins, and `beatsOnTie`
 * orders equal values. A small sorted array with insertion: k is a few dozen at most, and the
 * stream is hundreds long, so this beats sorting it and allocates nothing per offer.
 */
export class TopK {
  private readonly ids: number[] = [];
  private readonly values: number[] = [];

  constructor(
    private readonly k: number,
    private readonly beatsOnTie: (a: number, b: number) => boolean,
  ) {}

  offer(id: number, value: number): void {
    const { ids, values, k } = this;
    if (k <= 0) return;
    if (ids.length === k && !this.beats(id, value, ids[k - 1]!, values[k - 1]!)) return;
    let at = ids.length < k ? ids.length : k - 1;
    while (at > 0 && this.beats(id, value, ids[at - 1]!, values[at - 1]!)) {
      ids[at] = ids[at - 1]!;
      values[at] = values[at - 1]!;
      at--;
    }
    ids[at] = id;
    values[at] = value;
  }

  /** The value an offer must reach to be kept: the k-th best so far, or -Infinity while fewer are kept. */
  get threshold(): number {
    return this.ids.length < this.k ? -Infinity : this.values[this.k - 1]!;
  }

  /** [id, value] pairs, best first. */
  entries(): [number, number][] {
    return this.ids.map((id, i) => [id, this.values[i]!]);
  }

  private beats(a: number, va: number, b: number, vb: number): boolean {
    return va !== vb ? va > vb : this.beatsOnTie(a, b);
  }
}
