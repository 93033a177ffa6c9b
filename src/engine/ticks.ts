/** A round step (1, 2, 2.5 or 5 times a power of ten) that cuts [0, span] into about `count` parts. */
function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * power;
}

/** Multiples of a nice step from 0 up to and including `max` rounded up to the step. */
export function pointTicks(max: number, count = 10): number[] {
  const step = niceStep(max, count);
  const ticks: number[] = [];
  for (let v = 0; v < max + step - 1e-9; v += step) ticks.push(Math.round(v * 1e9) / 1e9);
  return ticks;
}
