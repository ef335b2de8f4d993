/**
 * Formats an E.164 number for reading: "+3211555000" -> "+32 11 55 50 00". Belgian and Dutch
 * numbers are grouped as people write them; anything else keeps the country code apart.
 */
export function formatPhone(e164: string): string {
  const digits = e164.replace(/[^\d+]/g, '');
  const match = /^\+(32|31)(\d+)$/.exec(digits);
  if (!match) return e164;
  const [, country, rest = ''] = match;
  if (country === '32') {
    // Mobile (4xx) and the one-digit zones (Brussels 2, Antwerp 3, Liège 4, Ghent 9).
    if (rest.length === 9 && rest.startsWith('4')) return group(country, rest, [3, 2, 2, 2]);
    if (rest.length === 8 && /^[2349]/.test(rest)) return group(country, rest, [1, 3, 2, 2]);
    if (rest.length === 8) return group(country, rest, [2, 2, 2, 2]);
  }
  if (country === '31' && rest.length === 9) {
    if (rest.startsWith('6')) return group(country, rest, [1, 4, 4]);
    // Big-city zones (10 Rotterdam, 20 Amsterdam, 30 Utrecht, 40 Eindhoven, 70 The Hague…).
    if (/^[1-7]0/.test(rest)) return group(country, rest, [2, 3, 4]);
    return group(country, rest, [3, 3, 3]);
  }
  return `+${country} ${rest}`;
}

function group(country: string, rest: string, sizes: number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(rest.slice(at, at + size));
    at += size;
  }
  if (at < rest.length) parts.push(rest.slice(at));
  return `+${country} ${parts.filter(Boolean).join(' ')}`;
}
