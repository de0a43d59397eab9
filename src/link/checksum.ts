/**
 * A short checksum for links: FNV-1a (32 bits) of the text, in base 36 (at most 7 letters and
 * digits). It catches a link cut short or altered by hand or by a messenger; it is not a
 * signature (anyone can compute it) and does not need to be — it only has to notice accidents.
 */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
