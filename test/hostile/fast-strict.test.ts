import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-text.js';
import { fastParse } from '../../src/yaml/fast-parse.js';
import { parseYaml } from '../../src/yaml/parse.js';
import { guideline } from '../support/guideline.js';
import { GOOD_APPLICATION } from './helpers/good-application.js';
import { mutatedApplication, structuredYaml, withAnchors, yamlish } from './helpers/yamlish.js';

/**
 * The fast parser is only a shortcut: whatever it reads, the strict parser must read
 * the same, with no problem to report. Anything else it must leave to the strict one.
 */
describe('the fast parser reads nothing the strict parser would read otherwise', () => {
  it.each([
    ['random lines of YAML', yamlish, 50],
    ['random trees of tricky keys and values', structuredYaml, 400],
    ['real applications with random edits', mutatedApplication, 400],
    ['trees and applications with anchors on their values', withAnchors, 200],
  ])('on %s', (_, texts, least) => {
    let taken = 0;
    let anchored = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const fast = fastParse(text);
        if (!fast) return;
        taken++;
        if (/&[\w-]+ /.test(text)) anchored++;
        const strict = parseYaml(text, 'en');
        expect(strict.problems).toEqual([]);
        expect(fast.data).toStrictEqual(strict.data ?? null);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 4000) },
    );
    // The generator must exercise the fast path, or the property says nothing.
    expect(taken).toBeGreaterThan(least);
    if (texts === withAnchors) expect(anchored).toBeGreaterThan(least);
  });
});

describe('texts on which the two readers differed go to the strict one', () => {
  // Found by the property above on random seeds: js-yaml took each of them, and the
  // strict reader refuses the first four and keeps one trailing line fewer in the last two.
  it.each([
    ["-': ''#'", 'MISSING_CHAR'],
    ['  -\': "\'\n  "a": ', 'UNCLOSED_QUOTE'],
    ["-': '\n'b': ", 'UNCLOSED_QUOTE'],
    ['      - #\n- a: ', 'UNEXPECTED_TOKEN'],
    ['k: |+\n   a:\n ', { k: 'a:\n' }],
    ['k: >+\n  :""\n ', { k: ':""\n' }],
  ])('%j', (text, expected) => {
    expect(fastParse(text)).toBeUndefined();
    const strict = parseYaml(text, 'en');
    if (typeof expected === 'string') expect(strict.problems.map((p) => p.code)).toContain(expected);
    else expect(strict.data).toStrictEqual(expected);
  });
});

describe('the fast parser takes what profiles are made of', () => {
  // A list of mappings in flow style is how short profiles name their partners; it is
  // no harder to read than block style and must not cost the strict parser's load.
  it.each([
    'partners: [{ name: 桂林电子科技大学, type: university }]\n',
    'partners: [{name: A, type: university}, {name: B, type: enterprise, country: DE}]\napplicant: {platforms: [{kind: key_lab, level: guangxi}]}\n',
    'fields: [[a], [b]]\n',
  ])('%j', (text) => {
    const fast = fastParse(text);
    expect(fast?.data).toStrictEqual(parseYaml(text, 'en').data);
  });
});

describe('an anchor no alias refers to changes nothing, and the fast parser takes it', () => {
  // One anchor sent 50,000 keys to the strict parser, twice as slow (docs/PERFORMANCE.md).
  const anchored = GOOD_APPLICATION.replace('requested: 100', 'requested: &r 900')
    .replace('fields: [', 'fields: &f [')
    .replace('  patents: 3', '  patents: &p-1 3\n  unknown: &u x');
  it.each([
    ['values, a list in brackets and an unknown key', anchored, true],
    ['an alias that refers to one', `${anchored}other: *r\n`, false],
    ['an anchor before a nested mapping', GOOD_APPLICATION.replace('funding:\n', 'funding: &f\n'), false],
    ['an anchor on a key', GOOD_APPLICATION.replace('title:', '&t title:'), false],
    ['two anchors on one value', GOOD_APPLICATION.replace('requested: 100', 'requested: &a &b 100'), false],
  ])('%s', (_, text, taken) => {
    expect(fastParse(text) !== undefined).toBe(taken);
    const opts = { guideline: guideline('en'), lang: 'en' as const };
    const fast = checkText(text, 'x.yaml', opts);
    expect(fast).toEqual(checkText(text, 'x.yaml', { ...opts, strict: true }));
    if (taken) {
      // The findings are placed at the values, past their anchors.
      expect(fast.findings.find((f) => f.path === 'funding.requested')).toMatchObject({ line: 7, column: 17 });
      expect(fast.findings.find((f) => f.path === 'targets.unknown')).toMatchObject({ line: 23, column: 3 });
    }
  });
});
