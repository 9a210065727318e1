import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeValidUtf8 } from '../../src/input/decode-utf8.js';

describe('decoding validated UTF-8', () => {
  it('gives what Buffer#toString gives, for any text: ASCII, Chinese, emoji beyond the first plane', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const bytes = Buffer.from(s, 'utf8');
        expect(decodeValidUtf8(bytes)).toBe(bytes.toString('utf8'));
      }),
      { numRuns: 5000 },
    );
  });

  it('decodes one text after a longer one without leftovers, and texts longer than its first buffer', () => {
    const long = '桂林'.repeat(20000);
    expect(decodeValidUtf8(Buffer.from(long))).toBe(long);
    expect(decodeValidUtf8(Buffer.from('项目'))).toBe('项目');
    expect(decodeValidUtf8(Buffer.from('a😀b\u00e9'))).toBe('a😀b\u00e9');
    expect(decodeValidUtf8(new Uint8Array(0))).toBe('');
  });
});
