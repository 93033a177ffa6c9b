/** Pair counts behind Harrell's C. */
export interface Concordance {
  concordant: number;
  discordant: number;
  /** Comparable pairs with equal predictions: each counts one half. */
  tiedX: number;
  /** (concordant + tiedX / 2) / (concordant + discordant + tiedX). */
  c: number;
}

/** Counts of values below and equal to a rank, added one at a time (a Fenwick tree). */
class RankCounts {
  private readonly tree: Float64Array;
  private readonly single: Float64Array;
  total = 0;
  constructor(size: number) {
    this.tree = new Float64Array(size + 1);
    this.single = new Float64Array(size);
  }
  add(rank: number): void {
    this.single[rank]! += 1;
    this.total += 1;
    for (let i = rank + 1; i < this.tree.length; i += i & -i) this.tree[i]! += 1;
  }
  below(rank: number): number {
    let s = 0;
    for (let i = rank; i > 0; i -= i & -i) s += this.tree[i]!;
    return s;
  }
  at(rank: number): number {
    return this.single[rank]!;
  }
}

/**
 * Harrell's C as `survival::concordance(Surv(time, status) ~ x, reverse = TRUE)` counts it: a
 * higher x should mean an earlier event. A pair is comparable when the shorter time is an event;
 * two events at the same time are not comparable (tied.y), while an event and a censoring at the
 * same time are (the censored one was still at risk). O(n log n), so 20,000 rows cost little.
 */
export function concordance(time: ArrayLike<number>, status: ArrayLike<number>, x: ArrayLike<number>): Concordance {
  const n = time.length;
  const distinct = [...new Set(Array.from(x))].sort((a, b) => a - b);
  const rankOf = new Map(distinct.map((v, i) => [v, i]));
  const rank = Int32Array.from({ length: n }, (_, i) => rankOf.get(x[i]!)!);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => time[b]! - time[a]!);
  const later = new RankCounts(distinct.length);
  let concordant = 0;
  let discordant = 0;
  let tiedX = 0;
  for (let start = 0; start < n;) {
    let end = start;
    while (end < n && time[order[end]!] === time[order[start]!]) end++;
    const group = order.slice(start, end);
    for (const i of group) if (status[i] === 0) later.add(rank[i]!);
    for (const i of group) {
      if (status[i] === 0) continue;
      const below = later.below(rank[i]!);
      const equal = later.at(rank[i]!);
      concordant += below;
      tiedX += equal;
      discordant += later.total - below - equal;
    }
    for (const i of group) if (status[i] !== 0) later.add(rank[i]!);
    start = end;
  }
  const c = (concordant + tiedX / 2) / (concordant + discordant + tiedX);
  return { concordant, discordant, tiedX, c };
}
