import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** Where something is in a source file: 1-based, as editors count. */
export interface Position {
  line: number;
  column: number;
}

export interface YamlProblem {
  /** The yaml package's error or warning code, e.g. DUPLICATE_KEY. */
  code: string;
  message: string;
  position?: Position;
  severity: 'error' | 'warning';
}

export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  problems: YamlProblem[];
  /** The plain data, or undefined when the document has errors. */
  data: unknown;
}

/**
 * Strict settings: YAML 1.2 core schema (no `yes`/`no` booleans, no sexagesimal),
 * unique keys, no merge keys, no custom tags resolved, aliases bounded so that an
 * alias bomb fails fast instead of eating memory.
 */
export const SAFE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  merge: false,
  strict: true,
  prettyErrors: false,
  keepSourceTokens: false,
} as const;

export const MAX_ALIAS_COUNT = 50;

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...SAFE_OPTIONS, lineCounter });
  const problems: YamlProblem[] = [];
  const toProblem = (severity: 'error' | 'warning') => (e: { code: string; message: string; pos: [number, number] }) => {
    const p = lineCounter.linePos(e.pos[0]);
    problems.push({ code: e.code, message: firstLine(e.message), position: { line: p.line, column: p.col }, severity });
  };
  doc.errors.forEach(toProblem('error'));
  doc.warnings.forEach(toProblem('warning'));
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      problems.push({ code: 'ALIAS_LIMIT', message: (e as Error).message, severity: 'error' });
    }
  }
  return { doc, lineCounter, problems, data };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

export type PathSegment = string | number;

/** `funding.matching`, `partners[0].type`: the form findings carry. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out;
}

export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  }
  return out;
}

/**
 * The position of the node at `path`; for a key that is not there, the position of
 * the nearest ancestor that is (so "missing targets.patents" points at `targets:`).
 * With `key: true` the key itself is located rather than its value (unknown keys).
 */
export function locate(parsed: Pick<ParsedYaml, 'doc' | 'lineCounter'>, path: readonly PathSegment[], opts: { key?: boolean } = {}): Position | undefined {
  let node: unknown = parsed.doc.contents;
  let best: { range?: [number, number, number?] | null } | undefined = node as Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const last = i === path.length - 1;
      if (last && opts.key) {
        best = pair.key as Node;
        break;
      }
      node = pair.value;
      best = (pair.value as Node | null) ?? (pair.key as Node);
      if (pair.value == null) break;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item == null) break;
      node = item;
      best = item as Node;
    } else break;
  }
  const offset = best?.range?.[0];
  if (offset === undefined) return undefined;
  const p = parsed.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}
