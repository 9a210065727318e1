/** GB 32100-2015: the 31 characters of the code, in the order of their values. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character the first 17 characters call for; undefined if one is not allowed. */
export function creditCodeCheckDigit(code: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(code[i] ?? '');
    if (v < 0) return undefined;
    sum += v * WEIGHTS[i]!;
  }
  if (!ALPHABET.includes(code[17] ?? '')) return undefined;
  return ALPHABET[(31 - (sum % 31)) % 31];
}
