import picomatch from 'picomatch';

/**
 * Patterns (`"收件/**\/*.yaml"`, quoted so that the shell leaves them to us): `*` and
 * `?` within a segment, `**` across segments, `{a,b}` alternatives (picomatch's).
 * Node 20 has no `fs.glob`.
 */
const MAGIC = /[*?{]/;

export function hasMagic(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/** Splits off the leading segments that hold no pattern: the folder to start walking from. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  let i = 0;
  while (i < segments.length - 1 && !hasMagic(segments[i]!)) i++;
  const base = i === 0 ? '.' : segments.slice(0, i).join('/') || '/';
  return { base, rest: segments.slice(i).join('/') };
}

type Segment = '**' | ((name: string) => boolean);

/**
 * One segment of `*`, `?` and plain characters, matched in one pass with a single
 * backtrack point. picomatch turns `*a*a*a*a*a*a*a*a*b.yaml` into a regular
 * expression that backtracks for hours over a long name; this takes microseconds.
 */
function wildcard(p: string): (s: string) => boolean {
  return (s) => {
    let i = 0;
    let j = 0;
    let star = -1;
    let mark = 0;
    while (j < s.length) {
      if (i < p.length && (p[i] === '?' || p[i] === s[j])) {
        i++;
        j++;
      } else if (i < p.length && p[i] === '*') {
        star = i++;
        mark = j;
      } else if (star >= 0) {
        i = star + 1;
        j = ++mark;
      } else return false;
    }
    while (p[i] === '*') i++;
    return i === p.length;
  };
}

/** `{a,b}` alternatives go to picomatch; every other character but `*` and `?` is itself. */
function segment(s: string): Segment {
  if (s === '**') return s;
  // An unclosed `{` is taken literally rather than as a broken pattern.
  if (!/\{.*\}/.test(s)) return wildcard(s);
  const re = picomatch.makeRe(s, { dot: true, nobracket: true, noextglob: true });
  return (name) => re.test(name);
}

/**
 * A pattern relative to its base, matched a path segment at a time: `matches` for a
 * file or a folder the pattern names, `mayHold` for a folder a match may lie under
 * (the walk enters no other).
 */
export function globMatcher(pattern: string) {
  const segs = pattern.split('/').map(segment);
  const match = (parts: readonly string[], i: number, j: number, failed: Set<number>): boolean => {
    for (; i < segs.length; i++, j++) {
      const s = segs[i]!;
      if (s === '**') {
        if (failed.has(i * 4096 + j)) return false;
        // A trailing `**` is everything below: `x/**` names what is in x, not x.
        const last = i === segs.length - 1;
        for (let k = last ? j + 1 : j; k <= parts.length; k++) if (match(parts, i + 1, k, failed)) return true;
        failed.add(i * 4096 + j);
        return false;
      }
      if (j >= parts.length || !s(parts[j]!)) return false;
    }
    return j === parts.length;
  };
  return {
    matches: (parts: readonly string[]) => match(parts, 0, 0, new Set()),
    mayHold(parts: readonly string[]): boolean {
      for (let j = 0; j < parts.length; j++) {
        const s = segs[j];
        if (s === '**') return true;
        if (s === undefined || j === segs.length - 1 || !s(parts[j]!)) return false;
      }
      return true;
    },
    /** Whether a segment names hidden entries on purpose (`.config/*.yaml`). */
    allowsHidden: pattern.split('/').some((s) => s.startsWith('.') && s !== '.' && s !== '..'),
  };
}
