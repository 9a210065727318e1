import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT } from './cli.js';

/** Whom the permission tests run as when the suite runs as root: root may read anything. */
export const OTHER_USER = { uid: 65534, gid: 65534 } as const;

export const isRoot = process.getuid?.() === 0;

let cached: string | undefined;

/**
 * The built CLI as OTHER_USER can run it. A clone in a private folder (made by
 * `mktemp -d`, or under a 0700 home) is out of that user's reach, so the CLI is then
 * copied to a world-readable temporary folder: bin/, dist/, templates/ (what `init` fills)
 * and package.json suffice, as the bundle carries its dependencies (exceljs, loaded only
 * for .xlsx, excepted).
 */
export function cliForOtherUser(): string {
  if (!isRoot) return CLI;
  if (cached) return cached;
  if (runs(CLI)) return (cached = CLI);
  const copy = mkdtempSync(join(tmpdir(), 'gg-cli-'));
  chmodSync(copy, 0o755);
  for (const part of ['bin', 'dist', 'templates', 'package.json'])
    cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  process.once('exit', () => rmSync(copy, { recursive: true, force: true }));
  return (cached = join(copy, 'bin', 'guilin-grants.js'));
}

function runs(cli: string): boolean {
  return spawnSync(process.execPath, [cli, '--version'], { ...OTHER_USER, encoding: 'utf8' }).status === 0;
}
