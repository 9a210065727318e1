import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

/**
 * Next year's guide is a new YAML file in guidelines/, with no code change: a copy of
 * the built package gets guilin-2020.yaml (the 2019 guide with every year moved on),
 * runs the build's guide steps, as `npm run build` would, and is used as a user would.
 */
let pkg: string;

function run(args: string[], cwd = pkg) {
  return spawnSync(process.execPath, [join(pkg, 'bin/guilin-grants.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', GUILIN_GRANTS_LANG: '' },
  });
}

beforeAll(() => {
  pkg = mkdtempSync(join(tmpdir(), 'gg-next-year-'));
  for (const part of ['bin', 'dist', 'guidelines', 'templates', 'scripts', 'package.json'])
    cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
  const guide2019 = readFileSync(join(ROOT, 'guidelines/guilin-2019.yaml'), 'utf8');
  writeFileSync(
    join(pkg, 'guidelines/guilin-2020.yaml'),
    guide2019.replace(/\b20(1[89]|2[0-3])\b/g, (y) => String(Number(y) + 1)),
  );
  for (const step of ['scripts/compile-guidelines.js', 'scripts/compile-validators.js']) {
    const r = spawnSync(process.execPath, [join(pkg, step)], { cwd: pkg, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${step}: ${r.stderr}`);
  }
}, 60_000);
afterAll(() => rmSync(pkg, { recursive: true, force: true }));

describe("next year's guide, a new file in guidelines/", () => {
  it('is the default, and says so in the help', () => {
    const lines = JSON.parse(run(['list', '--json']).stdout) as { code: string; period: { start: number } }[];
    expect(lines.find((l) => l.code === '1')!.period.start).toBe(2020);
    expect(run(['--help']).stdout).toContain('（默认 guilin-2020）');
    expect(run(['--help', '--lang', 'en']).stdout).toMatch(/\(default\s+guilin-2020\)/);
  });

  it('leaves last year’s guide to be named', () => {
    const r = run(['--guideline', 'guilin-2019', 'show', '1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/实施年限 {2}2019–2021 年/);
    const unknown = run(['--guideline', 'guilin-2031', 'list']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('（内置：guilin-2019, guilin-2020）');
  });

  it('scaffolds and checks against its own years, through the validator the build compiled for it', () => {
    expect(readFileSync(join(pkg, 'dist/guidelines/guilin-2020.accept.js'), 'utf8').length).toBeGreaterThan(0);
    const work = join(pkg, 'work');
    mkdirSync(work);
    expect(run(['init', '15-3', 'app', '--tier', 'key'], work).status).toBe(0);
    const yaml = readFileSync(join(work, 'app/application.yaml'), 'utf8');
    expect(yaml).toContain('guideline: guilin-2020\n');
    expect(yaml).toContain('period: { start: 2020, end: 2021 }');
    writeFileSync(join(work, 'app/application.yaml'), yaml.replace('end: 2021', 'end: 2022'));
    const r = run(['check', 'app', '--format', 'json'], work);
    expect(r.status).toBe(1);
    const findings = (JSON.parse(r.stdout) as { files: { findings: { rule: string; message: string }[] }[] }).files[0]!
      .findings;
    expect(findings.find((f) => f.rule === 'period')?.message).toContain('2020–2021');
  });
});
