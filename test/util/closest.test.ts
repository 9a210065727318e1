import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, closestName } from '../../src/util/closest.js';

/** The whole table, as the definition reads: what the three-row version must agree with. */
function reference(word: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[a.length]![b.length]!;
  };
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance && d <= Math.max(2, Math.floor(word.length / 3))) [best, bestDistance] = [c, d];
  }
  return best;
}

describe('closest (did you mean)', () => {
  it('finds the typo of a key', () => {
    expect(closest('titel', ['title', 'project', 'applicant'])).toBe('title');
    expect(closest('aplicant', ['title', 'project', 'applicant'])).toBe('applicant');
    expect(closest('budget', ['title', 'project', 'applicant'])).toBeUndefined();
  });

  it('answers as the whole edit-distance table does, asked once or again', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', '题', '_', '\u0000'), maxLength: 9 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 6 }), (w, candidates) => {
        expect(closest(w, candidates)).toBe(reference(w, candidates));
        expect(closest(w, candidates)).toBe(reference(w, candidates));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('closestName: the one partner an attachment meant', () => {
  const partners = ['Fraunhofer IKTS', '桂林电子科技大学', 'Fraunhofer-Institut für Lasertechnik'];
  it('takes a typo, or a part of one name only', () => {
    expect(closestName('Fraunhofer IKST', partners)).toBe('Fraunhofer IKTS');
    expect(closestName('桂电', ['桂林电子科技大学'])).toBeUndefined();
    expect(closestName('电子科技大学', partners)).toBe('桂林电子科技大学');
    expect(closestName('lasertechnik', partners)).toBe('Fraunhofer-Institut für Lasertechnik');
  });
  it('leaves a name held by two, and one that names nothing near', () => {
    expect(closestName('Fraunhofer', partners)).toBeUndefined();
    expect(closestName('Fraunhofer', ['Fraunhofer IKTS'])).toBe('Fraunhofer IKTS');
    expect(closestName('MIT', partners)).toBeUndefined();
  });
});
