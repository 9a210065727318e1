/**
 * A tiny block-style YAML writer that remembers where it put every value, so a test
 * can say where a finding must point without asking the code under test (the `yaml`
 * package and `locate`) where things are.
 *
 * The positions follow the application format's contract: a path names the start of
 * its value (a block mapping starts at its first key, a block sequence at its first
 * `-`), and a path that is not in the file names its nearest ancestor that is.
 */

export interface Position {
  line: number;
  column: number;
}

export interface Serialised {
  text: string;
  /** Where the value at `path` (`funding.matching`, `partners[0]`) starts, or its nearest present ancestor. */
  at(path: string): Position;
  /** Where the key of `path` is written (for findings about an unknown key). */
  keyAt(path: string): Position | undefined;
}

type Segment = string | number;

export function parseDotted(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    out.push(m[2] !== undefined ? Number(m[2]) : /^\d+$/.test(m[1]!) ? Number(m[1]) : m[1]!);
  return out;
}

function pathKey(segments: readonly Segment[]): string {
  return segments.map(String).join('\u0000');
}

function scalar(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return 'null';
  throw new Error(`cannot serialise ${typeof v}`);
}

function isEmpty(v: unknown): boolean {
  return Array.isArray(v) ? v.length === 0 : typeof v === 'object' && v !== null && Object.keys(v).length === 0;
}

function isCollection(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

export function serialise(data: Record<string, unknown>): Serialised {
  const lines: string[] = [];
  const values = new Map<string, Position>();
  const keys = new Map<string, Position>();

  // `prefix` is what opens the first line: indentation, or a sequence item's `- `.
  const writeMap = (obj: Record<string, unknown>, indent: number, path: Segment[], prefix = ' '.repeat(indent)) => {
    const entries = Object.entries(obj).filter(([, v]) => v !== undefined);
    entries.forEach(([k, v], i) => {
      const lead = i === 0 ? prefix : ' '.repeat(indent);
      const here = [...path, k];
      const line = lines.length + 1;
      keys.set(pathKey(here), { line, column: lead.length + 1 });
      if (isCollection(v) && !isEmpty(v)) {
        lines.push(`${lead}${k}:`);
        if (Array.isArray(v)) writeSeq(v, indent + 2, here);
        else writeMap(v as Record<string, unknown>, indent + 2, here);
        // A nested block starts on the next line, two columns in: its first key or its first `-`.
        values.set(pathKey(here), { line: line + 1, column: indent + 3 });
      } else {
        const text = isCollection(v) ? (Array.isArray(v) ? '[]' : '{}') : scalar(v);
        lines.push(`${lead}${k}: ${text}`);
        values.set(pathKey(here), { line, column: lead.length + k.length + 3 });
      }
    });
  };

  const writeSeq = (arr: unknown[], indent: number, path: Segment[]) => {
    arr.forEach((item, i) => {
      const prefix = `${' '.repeat(indent)}- `;
      const here = [...path, i];
      const line = lines.length + 1;
      values.set(pathKey(here), { line, column: prefix.length + 1 });
      if (isCollection(item) && !Array.isArray(item) && !isEmpty(item))
        writeMap(item as Record<string, unknown>, indent + 2, here, prefix);
      else if (!isCollection(item)) lines.push(`${prefix}${scalar(item)}`);
      else throw new Error('nested or empty collections in a sequence are not needed by these tests');
    });
  };

  writeMap(data, 0, []);
  values.set(pathKey([]), { line: 1, column: 1 });
  const text = `${lines.join('\n')}\n`;
  return {
    text,
    at(path) {
      const segments = parseDotted(path);
      for (let n = segments.length; n >= 0; n--) {
        const p = values.get(pathKey(segments.slice(0, n)));
        if (p) return p;
      }
      return { line: 1, column: 1 };
    },
    keyAt: (path) => keys.get(pathKey(parseDotted(path))),
  };
}
