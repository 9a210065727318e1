import { parse, sep } from 'node:path';

/**
 * Names that some file system would refuse or read as something else: what no file
 * this tool writes or proposes may be called.
 */
export type NameProblem =
  | 'empty'
  | 'dots'
  | 'separator'
  | 'reserved-char'
  | 'control-char'
  | 'reserved-name'
  | 'trailing';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Why a single file or folder name cannot be used, or null when it can. */
export function nameProblem(name: string): NameProblem | null {
  if (name === '') return 'empty';
  if (name.includes('..') || name === '.') return 'dots';
  if (/[/\\]/.test(name)) return 'separator';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control-char';
  if (/[<>:"|?*]/.test(name)) return 'reserved-char';
  if (WINDOWS_RESERVED.test(name)) return 'reserved-name';
  if (/[. ]$/.test(name)) return 'trailing';
  return null;
}

/**
 * The first segment of a path that cannot be used. A path may be absolute and may
 * hold `.` and `..` segments (`--output ../审查结果.csv` is where the user wants it).
 */
export function pathProblem(path: string): { segment: string; problem: NameProblem } | null {
  if (path === '') return { segment: path, problem: 'empty' };
  const root = parse(path).root;
  const rest = path.slice(root.length);
  // `..` goes where the user points: a relative path is their own business.
  const segments = rest.split(sep === '\\' ? /[\\/]/ : '/').filter((s) => s !== '' && s !== '.' && s !== '..');
  if (segments.length === 0 && root === '') return { segment: path, problem: 'empty' };
  for (const segment of segments) {
    const problem = nameProblem(segment);
    if (problem) return { segment, problem };
  }
  return null;
}
