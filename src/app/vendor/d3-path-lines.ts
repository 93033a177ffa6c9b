/**
 * Stands in for d3-path in the page bundle (see vite.config.ts). The survival curves are drawn
 * with d3-shape's line and area through its linear and step curves, which only move, draw
 * straight segments and close; the full module adds arcs and Bézier curves (about 0.8 KiB gzip)
 * to a page whose whole JavaScript budget is 30 KiB. Coordinates are rounded to `digits` decimals.
 */
export class Path {
  _ = '';
  private k: number;
  constructor(digits: number | null = 3) {
    this.k = 10 ** (digits ?? 15);
  }
  private at(x: number, y: number): string {
    return `${Math.round(x * this.k) / this.k},${Math.round(y * this.k) / this.k}`;
  }
  moveTo(x: number, y: number): void {
    this._ += `M${this.at(x, y)}`;
  }
  lineTo(x: number, y: number): void {
    this._ += `L${this.at(x, y)}`;
  }
  closePath(): void {
    this._ += 'Z';
  }
  toString(): string {
    return this._;
  }
}

export function path(): Path {
  return new Path();
}
