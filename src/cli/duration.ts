/** "1 month", "12 months", "1.5 years": a time with its unit, singular only for exactly 1. */
export function duration(t: number | string, unit: string): string {
  return `${t} ${String(t) === '1' && unit.endsWith('s') ? unit.slice(0, -1) : unit}`;
}
