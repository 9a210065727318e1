/**
 * A small glob matcher: `*` and `?` within one path segment, `**` across segments,
 * `{a,b}` alternatives (nestable). Node 20 has no `fs.glob`, and reviewers quote
 * their patterns (`"收件/**\/*.yaml"`) so that the shell leaves them to us.
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
  const baseSegments = segments.slice(0, i);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/';
  return { base, rest: segments.slice(i).join('/') };
}

function escape(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** The regular expression source of one pattern, matching a whole `/`-separated relative path. */
function source(pattern: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        const atEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` is zero or more whole segments; a trailing `**` is everything below.
          if (i + 2 === pattern.length) out += '.*';
          else {
            out += '(?:[^/]*/)*';
            i++;
          }
          i++;
          continue;
        }
      }
      out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else if (ch === '{') {
      depth++;
      out += '(?:';
    } else if (ch === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (ch === ',' && depth > 0) out += '|';
    else out += escape(ch);
  }
  // An unclosed `{` is taken literally rather than as a broken pattern.
  if (depth > 0) return pattern.split('').map(escape).join('');
  return out;
}

export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${source(pattern)}$`, 'u');
}

/** Whether a pattern segment names hidden entries on purpose (`.config/*.yaml`). */
export function matchesHiddenOnPurpose(pattern: string): boolean {
  return pattern.split('/').some((s) => s.startsWith('.') && s !== '.' && s !== '..');
}
