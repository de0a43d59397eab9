/**
 * Money as people read it: the engine's two-decimal string with thousands separators. String work
 * only: an amount never becomes a float on its way to the screen.
 */
export function money(s: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(s);
  if (!m) return s;
  return `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}
