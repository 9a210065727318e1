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

/**
 * The code in capitals when only the case of its letters was wrong ("…029x" for "…029X"):
 * written in capitals it is a whole, valid code. The rule's advice and `check --fix`
 * both ask this one question; a wrong check digit, length or character is left for the
 * applicant to read off the licence.
 */
export function creditCodeInCapitals(code: string): string | undefined {
  // ASCII only: toUpperCase turns some other letters into two ("ﬀ" → "FF").
  if (!/^[0-9A-Za-z]{18}$/.test(code)) return undefined;
  const upper = code.toUpperCase();
  return upper !== code && creditCodeCheckDigit(upper) === upper[17] ? upper : undefined;
}

/** Full-width digits and letters (typed with the input method in full-width) as ASCII. */
export function asciiCode(code: string): string {
  return code.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * The code in ASCII capitals when it was typed with full-width characters
 * ("９１４５…Ｙ") and, written so, is a whole, valid code: the rule's advice and
 * `check --fix` ask this as they ask creditCodeInCapitals.
 */
export function creditCodeInHalfWidth(code: string): string | undefined {
  const ascii = asciiCode(code);
  if (ascii === code || !/^[0-9A-Za-z]{18}$/.test(ascii)) return undefined;
  const upper = ascii.toUpperCase();
  return creditCodeCheckDigit(upper) === upper[17] ? upper : undefined;
}
