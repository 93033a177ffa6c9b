/**
 * The area under the ROC curve (the C-index of a binary outcome) from mid-ranks: the share of
 * (event, non-event) pairs in which the event has the higher prediction, ties counted one half,
 * as Hmisc's somers2 computes it. (rms's lrm.fit, and so val.prob, bins the probabilities first,
 * which can move its C in the fifth decimal when predictions tie.)
 */
export function auc(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a]! - x[b]!);
  let rankSum = 0;
  let events = 0;
  for (let start = 0; start < n;) {
    let end = start;
    while (end < n && x[order[end]!] === x[order[start]!]) end++;
    const midRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) {
      if (y[order[k]!] !== 0) {
        rankSum += midRank;
        events++;
      }
    }
    start = end;
  }
  const nonEvents = n - events;
  return (rankSum - (events * (events + 1)) / 2) / (events * nonEvents);
}
