/**
 * Axis arithmetic for the hand-drawn chart: round ends and tick marks. These are positions on a
 * drawing, in whole yuan, never amounts anyone pays, so plain numbers are fine here.
 */

/** The smallest 1, 2 or 5 × 10ⁿ step that splits [0, max] into at most `count` parts. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  return Math.max(1, step);
}

/** A round upper end at or above `max`, and the ticks from 0 to it. */
export function niceAxis(max: number, count = 5): { end: number; ticks: number[] } {
  const step = niceStep(max, count);
  const end = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= end + step / 2; v += step) ticks.push(v);
  return { end, ticks };
}

/** Short axis labels: 30000 → "3万" / "30k". */
export function shortAmount(v: number, lang: 'zh' | 'en'): string {
  if (v === 0) return '0';
  if (lang === 'zh') return v >= 10000 ? `${+(v / 10000).toFixed(2)}万` : String(v);
  return v >= 1000 ? `${+(v / 1000).toFixed(1)}k` : String(v);
}
