/** What people type on a phone's keyboard, made plain: full-width digits and marks to ASCII, no spaces. */
export function normalise(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\uFF0C\u3001]/g, ',')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/[\uFF05]/g, '%')
    .replace(/[\s\u00A0\u3000\u2009\u202F]/g, '');
}
