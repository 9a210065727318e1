import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs `use` with a profile file: the one the applicant saved, or else a temporary
 * copy of the answers that is removed afterwards (`init --profile` reads a file).
 */
export async function withProfileFile<T>(saved: string | undefined, text: () => string, use: (file: string) => Promise<T>): Promise<T> {
  if (saved) return use(saved);
  const dir = mkdtempSync(join(tmpdir(), 'guilin-grants-'));
  try {
    const file = join(dir, 'profile.yaml');
    writeFileSync(file, text());
    return await use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
