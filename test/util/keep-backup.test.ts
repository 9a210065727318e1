import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupName, keepBackup } from '../../src/util/keep-backup.js';

/** A drive without hard links (FAT, some network shares), and one that fills up midway through a copy. */
const disk = vi.hoisted(() => ({ noLinks: false, fullAfter: -1 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const linkSync = ((...args: Parameters<typeof fs.linkSync>) => {
    if (disk.noLinks) throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
    return fs.linkSync(...args);
  }) as typeof fs.linkSync;
  const copyFileSync = ((src: string, dest: string, mode?: number) => {
    fs.copyFileSync(src, dest, mode);
    if (disk.fullAfter >= 0) {
      fs.truncateSync(dest, disk.fullAfter);
      throw Object.assign(new Error('ENOSPC: no space left on device, copyfile'), { code: 'ENOSPC' });
    }
  }) as typeof fs.copyFileSync;
  return { ...fs, default: { ...fs, linkSync, copyFileSync }, linkSync, copyFileSync };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gg-keep-'));
});
afterEach(() => {
  disk.noLinks = false;
  disk.fullAfter = -1;
  rmSync(dir, { recursive: true, force: true });
});

describe('keepBackup', () => {
  it.each([
    ['with hard links', false],
    ['on a drive without them, by a copy', true],
  ])('keeps the file under the first name nothing holds, %s', (_, noLinks) => {
    disk.noLinks = noLinks;
    const file = join(dir, 'application.yaml');
    writeFileSync(file, 'title: 我的项目\n');
    writeFileSync(`${file}.bak`, '上一次的备份\n');
    mkdirSync(`${file}.bak.1`);
    expect(backupName(file)).toBe(`${file}.bak.2`);
    expect(keepBackup(file)).toBe(`${file}.bak.2`);
    expect(readFileSync(`${file}.bak.2`, 'utf8')).toBe('title: 我的项目\n');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('上一次的备份\n');
    expect(statSync(`${file}.bak.2`).ino === statSync(file).ino).toBe(!noLinks);
  });

  it("leaves no half-made copy when the disk fills up, and throws the system's error", () => {
    disk.noLinks = true;
    disk.fullAfter = 3;
    const file = join(dir, 'proposal.md');
    writeFileSync(file, '# 我写了一半的申报书\n');
    expect(() => keepBackup(file)).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(readdirSync(dir)).toEqual(['proposal.md']);
  });
});
