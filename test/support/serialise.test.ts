import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { serialise } from './serialise.js';
import { LINE_CODES, validApplication } from './valid-application.js';

describe('serialise', () => {
  it.each(LINE_CODES)('writes the valid application of line %s as YAML that reads back the same', (code) => {
    const app = validApplication(code);
    expect(parse(serialise(app).text)).toEqual(app);
  });

  const s = serialise({
    project: 8,
    funding: { requested: 40, matching: 0 },
    partners: [
      { name: 'A', type: 'university' },
      { name: 'B', type: 'enterprise' },
    ],
    fields: ['x'],
    targets: {},
  });
  // 1 project: 8
  // 2 funding:
  // 3   requested: 40
  // 4   matching: 0
  // 5 partners:
  // 6   - name: "A"
  // 7     type: "university"
  // 8   - name: "B"
  // 9     type: "enterprise"
  // 10 fields:
  // 11   - "x"
  // 12 targets: {}

  it('lays the text out one key per line, two spaces in', () => {
    expect(s.text.split('\n')[5]).toBe('  - name: "A"');
    expect(s.text.split('\n')).toHaveLength(13);
  });

  it.each([
    ['project', 1, 10],
    ['funding', 3, 3],
    ['funding.matching', 4, 13],
    ['partners', 6, 3],
    ['partners[1]', 8, 5],
    ['partners[1].type', 9, 11],
    ['fields[0]', 11, 5],
    ['targets', 12, 10],
  ])('%s starts at %i:%i', (path, line, column) => {
    expect(s.at(path)).toEqual({ line, column });
  });

  it.each([
    ['targets.patents', 12, 10],
    ['funding.other', 3, 3],
    ['attachments', 1, 1],
    ['partners[5].type', 6, 3],
  ])('a path that is not there, %s, falls back to its nearest ancestor at %i:%i', (path, line, column) => {
    expect(s.at(path)).toEqual({ line, column });
  });

  it('names where a key is written', () => {
    expect(s.keyAt('partners[1].type')).toEqual({ line: 9, column: 5 });
    expect(s.keyAt('nothing')).toBeUndefined();
  });
});
