import { describe, expect, it } from 'vitest';
import { creditCodeInCapitals, creditCodeInHalfWidth } from '../../src/rules/credit-code-digit.js';
import { VALID_CREDIT_CODE } from '../support/valid-application.js';

/** The one question the credit-code rule's advice and `check --fix` share: is case all that is wrong? */
describe('a credit code whose only mistake is lower-case letters', () => {
  it.each([
    ['all in lower case', '91450300ma5l0b2q1y', VALID_CREDIT_CODE],
    ['one letter, the check character, in lower case', '91450300MA5K020R0x', '91450300MA5K020R0X'],
    ['letters of both cases', '91450300mA5K020r0x', '91450300MA5K020R0X'],
  ])('is the code in capitals: %s', (_what, code, capitals) => {
    expect(creditCodeInCapitals(code)).toBe(capitals);
  });

  it.each([
    ['already in capitals', VALID_CREDIT_CODE],
    ['in lower case with a wrong check digit', '91450300ma5l0b2q1x'],
    ['in lower case with 17 characters', '91450300ma5l0b2q1'],
    ['in lower case with 19 characters', '91450300ma5l0b2q1y0'],
    ['in lower case with a letter the standard excludes (i)', '91450300ma5i0b2q1y'],
    ['with a full-width letter', '91450300ｍa5l0b2q1y'],
    // "ﬀ" is one character that upper-cases to two: 17 characters would read as 18.
    ['with a ligature that upper-cases to two letters', '91450300ﬀ5l0b2q1y'],
    ['with an ASCII space', '91450300ma5l0b2q1 '],
  ])('is none: %s', (_what, code) => {
    expect(creditCodeInCapitals(code)).toBeUndefined();
  });
});

/** The same question for a code typed with the input method in full-width. */
describe('a credit code whose only mistake is full-width characters', () => {
  it.each([
    ['all in full width', '９１４５０３００ＭＡ５Ｌ０Ｂ２Ｑ１Ｙ', VALID_CREDIT_CODE],
    ['one full-width letter', '91450300MA5L0B2Q1Ｙ', VALID_CREDIT_CODE],
    ['in full-width lower case', '９１４５０３００ｍａ５ｌ０ｂ２ｑ１ｙ', VALID_CREDIT_CODE],
  ])('is the code in ASCII capitals: %s', (_what, code, ascii) => {
    expect(creditCodeInHalfWidth(code)).toBe(ascii);
  });

  it.each([
    ['already in ASCII', VALID_CREDIT_CODE],
    ['in lower case only (creditCodeInCapitals answers)', '91450300ma5l0b2q1y'],
    ['in full width with a wrong check digit', '９１４５０３００ＭＡ５Ｌ０Ｂ２Ｑ１Ｘ'],
    ['with a full-width letter the standard excludes (Ｉ)', '91450300MA5Ｉ0B2Q1Y'],
    ['with a full-width space', '91450300MA5L0B2Q1\u3000'],
  ])('is none: %s', (_what, code) => {
    expect(creditCodeInHalfWidth(code)).toBeUndefined();
  });
});
