/**
 * The colours of a verdict and a severity, for every report that has colour: the HTML
 * report's style and the workbook's cells say them alike (passed green, failed red,
 * unreadable purple; a warning, and an amount over its ceiling, orange).
 */
export const PALETTE = { pass: '2e7d32', fail: 'c62828', error: '8e24aa', over: 'd9822b' } as const;
