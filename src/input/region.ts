/** Region codes: GB/T 2260, six digits (110000 Beijing). */
export const isRegion = (s: string): boolean => /^\d{6}$/.test(s);
