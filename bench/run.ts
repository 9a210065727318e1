import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './corpus.js';
import { goodApplication, writeHostileFiles } from './hostile.js';
import { openTimes } from './open-html.js';
import { makeVariedApplication } from './varied-corpus.js';

/**
 * `npm run bench`: start-up of each command against `node -e 0`, and `check` of 1,000
 * and 10,000 applications against the floors (reading only; parsing only) and against
 * ajv-cli validating the same files with the JSON Schema `guilin-grants schema` prints.
 * Then the reviewer's reports (xlsx, html) of 2,000 and 10,000 files, and how long the
 * HTML report takes to open in the system's headless Chromium. Medians of repeated
 * runs, peak memory (max RSS) where GNU time is there to tell it.
 * Then single files made to be slow (bench/hostile.ts) against parsing them alone.
 * `npm run bench -- reports` measures the reports only, `npm run bench -- check` everything but them,
 * `npm run bench -- hostile` the slow files only.
 */
const root = process.cwd();
const cli = join(root, 'bin', 'guilin-grants.js');
const corpus = join(root, 'bench-corpus');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const reportsOnly = process.argv[2] === 'reports';
const checkOnly = process.argv[2] === 'check';
const hostileOnly = process.argv[2] === 'hostile';

interface Sample {
  ms: number;
  rssMb?: number;
}

function runOnce(cmd: string[], env: NodeJS.ProcessEnv = {}): Sample {
  const full = TIME ? [TIME, '-f', '@@%M', ...cmd] : cmd;
  const start = process.hrtime.bigint();
  const r = spawnSync(full[0]!, full.slice(1), {
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /@@(\d+)/.exec(r.stderr ?? '')?.[1];
  return { ms, rssMb: rss ? Number(rss) / 1024 : undefined };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(cmd: string[], runs: number): { ms: number; rssMb?: number } {
  runOnce(cmd); // warm the file cache
  const samples = Array.from({ length: runs }, () => runOnce(cmd));
  const rss = samples.map((s) => s.rssMb).filter((x): x is number => x !== undefined);
  return { ms: median(samples.map((s) => s.ms)), rssMb: rss.length ? Math.max(...rss) : undefined };
}

/**
 * Runs of several commands taken in turn (a, b, c, a, b, c…), so that a machine that
 * slows down or speeds up during the benchmark weighs on every command alike: the
 * ratios between them are what the targets are about.
 */
function measureInTurn(cmds: string[][], runs: number): { ms: number; rssMb?: number }[] {
  for (const cmd of cmds) runOnce(cmd);
  const samples: Sample[][] = cmds.map(() => []);
  for (let i = 0; i < runs; i++) cmds.forEach((cmd, k) => samples[k]!.push(runOnce(cmd)));
  return samples.map((ss) => {
    const rss = ss.map((x) => x.rssMb).filter((x): x is number => x !== undefined);
    return { ms: median(ss.map((x) => x.ms)), rssMb: rss.length ? Math.max(...rss) : undefined };
  });
}

const rows: string[][] = [];
function row(what: string, m: { ms: number; rssMb?: number }, base?: { ms: number }, note = ''): void {
  rows.push([
    what,
    `${m.ms.toFixed(0)} ms`,
    base ? `${(m.ms / base.ms).toFixed(2)}×` : '',
    m.rssMb ? `${m.rssMb.toFixed(0)} MB` : '',
    note,
  ]);
  process.stderr.write(`  ${what}: ${m.ms.toFixed(0)} ms\n`);
}

const sizes = [1000, 10000];
/** Peak memory by batch size: for the line on how it grows. */
const peaks: Record<'read' | 'ajv' | 'check', number[]> = { read: [], ajv: [], check: [] };
const variedPeaks: number[] = [];
const node = process.execPath;
if (!reportsOnly && !hostileOnly) startupAndCheck();

function startupAndCheck(): void {
  process.stderr.write('generating the corpus…\n');
  for (const n of sizes) {
    writeCorpus(join(corpus, String(n)), n);
    writeCorpus(join(corpus, `varied-${n}`), n, makeVariedApplication);
  }
  const profile = join(corpus, 'profile.yaml');
  writeFileSync(
    profile,
    'applicant: { type: enterprise, inGuilin: true, highTech: valid }\nfields: [electronic_information]\npartners: [{ name: 桂林电子科技大学, type: university }]\n',
  );
  const schema = join(corpus, 'application.schema.json');
  writeFileSync(schema, spawnSync(process.execPath, [cli, 'schema'], { encoding: 'utf8' }).stdout);

  process.stderr.write('start-up…\n');
  const [base, help, list, show, match] = measureInTurn(
    [
      [node, '-e', '0'],
      [node, cli, '--help'],
      [node, cli, 'list'],
      [node, cli, 'show', '5-2'],
      [node, cli, 'match', '--profile', profile],
    ],
    15,
  );
  row('node -e 0', base!, base);
  row('guilin-grants --help', help!, base, 'target ≤ 1.4×');
  row('guilin-grants list', list!, base, 'target ≤ 2×');
  row('guilin-grants show 5-2', show!, base, 'target ≤ 2×');
  row('guilin-grants match --profile', match!, base, 'target ≤ 2×');

  const floor = join(root, 'dist-bench', 'bench', 'floor.js');
  const ajv = join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js');
  for (const n of sizes) {
    const dir = join(corpus, String(n));
    process.stderr.write(`check of ${n} files…\n`);
    const runs = n >= 10000 ? 5 : 7;
    const read = measure([node, floor, 'read', dir], runs);
    row(`read ${n} files (floor)`, read);
    peaks.read.push(read.rssMb ?? NaN);
    row(`parse ${n} files, js-yaml (floor)`, measure([node, floor, 'js-yaml', dir], runs));
    row(`parse ${n} files, yaml parseDocument`, measure([node, floor, 'yaml', dir], runs));
    const [ajvRun, check] = measureInTurn(
      [
        [node, ajv, 'validate', '--spec=draft2020', '--strict=false', '-s', schema, '-d', `${dir}/**/*.yaml`],
        [node, cli, 'check', dir, '--format', 'json'],
      ],
      runs,
    ) as [{ ms: number; rssMb?: number }, { ms: number; rssMb?: number }];
    row(`ajv-cli, ${n} files (schema only, no positions)`, ajvRun);
    peaks.ajv.push(ajvRun.rssMb ?? NaN);
    peaks.check.push(check.rssMb ?? NaN);
    row(
      `guilin-grants check, ${n} files`,
      check,
      ajvRun,
      `${((n / check.ms) * 1000).toFixed(0)} files/s; ratio vs ajv-cli`,
    );
  }

  /** The same applications written the many ways people write YAML (bench/varied-corpus.ts). */
  for (const n of sizes) {
    const dir = join(corpus, `varied-${n}`);
    process.stderr.write(`check of ${n} files in varied styles…\n`);
    const [ajvRun, check] = measureInTurn(
      [
        [node, ajv, 'validate', '--spec=draft2020', '--strict=false', '-s', schema, '-d', `${dir}/**/*.yaml`],
        [node, cli, 'check', dir, '--format', 'json'],
      ],
      n >= 10000 ? 5 : 7,
    ) as [{ ms: number; rssMb?: number }, { ms: number; rssMb?: number }];
    row(`ajv-cli, ${n} files, varied styles`, ajvRun);
    row(`guilin-grants check, ${n} files, varied styles`, check, ajvRun, 'ratio vs ajv-cli; target ≤ 1.3×');
    variedPeaks.push(check.rssMb ?? NaN);
  }
}

// The reviewer's reports: a workbook and an HTML page of the whole batch, against the JSON report.
for (const n of checkOnly || hostileOnly ? [] : [2000, 10000]) {
  if (n === 2000 || reportsOnly) writeCorpus(join(corpus, String(n)), n);
  const dir = join(corpus, String(n));
  process.stderr.write(`reports of ${n} files…\n`);
  const out = (ext: string) => join(corpus, `report-${n}.${ext}`);
  const [json, xlsx, html] = measureInTurn(
    (['json', 'xlsx', 'html'] as const).map((f) => [
      node,
      cli,
      'check',
      dir,
      '--format',
      f,
      '--output',
      out(f),
      '--force',
    ]),
    3,
  ) as [Sample, Sample, Sample];
  const size = (f: string) => `${(statSync(out(f)).size / 1e6).toFixed(1)} MB file`;
  row(`check --format json --output, ${n} files`, json!, undefined, size('json'));
  row(`check --format xlsx --output, ${n} files`, xlsx!, json, `${size('xlsx')}; ratio vs json`);
  row(`check --format html --output, ${n} files`, html!, json, `${size('html')}; ratio vs json`);
  const open = await openTimes(out('html'), 5);
  rows.push([
    `open the HTML report, ${n} files`,
    `${open.dcl.toFixed(0)} ms`,
    '',
    '',
    `headless Chromium, DOMContentLoaded; load ${open.load.toFixed(0)} ms`,
  ]);
  process.stderr.write(`  open the HTML report: ${open.dcl.toFixed(0)} ms\n`);
}

// Files under the size cap made to be slow: `check` (or `match --profile`) of each, against
// the yaml package parsing it, which the strict reader cannot go under.
if (!reportsOnly) {
  const floor = join(root, 'dist-bench', 'bench', 'floor.js');
  for (const f of writeHostileFiles(join(corpus, 'hostile'), goodApplication(root))) {
    process.stderr.write(`${f.what}…\n`);
    const file = join(f.dir, 'application.yaml');
    const judge = f.profile ? [node, cli, 'match', '--profile', file] : [node, cli, 'check', file, '--format', 'json'];
    const [base, parse, run] = measureInTurn([[node, '-e', '0'], [node, floor, 'yaml', f.dir], judge], 5) as [
      Sample,
      Sample,
      Sample,
    ];
    row(
      `${f.what}: parseDocument (floor)`,
      parse,
      base,
      `vs node -e 0: ${(parse.ms - base.ms).toFixed(0)} ms above it`,
    );
    row(`${f.what}: ${f.profile ? 'match --profile' : 'check'}`, run, parse, 'ratio vs the floor');
  }
}

const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
const header = ['what', 'median', 'ratio', 'peak RSS', 'note'];
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
const growth = (xs: number[]) =>
  `${xs.map((x) => x.toFixed(0)).join(' → ')} MB (${xs[1]! >= xs[0]! ? '+' : ''}${(((xs[1]! - xs[0]!) / xs[0]!) * 100).toFixed(0)}%)`;
if (TIME && !reportsOnly)
  console.log(
    `\npeak memory from ${sizes.join(' to ')} files: check ${growth(peaks.check)} (varied styles ${growth(variedPeaks)}); reading the files alone ${growth(peaks.read)}; ajv-cli ${growth(peaks.ajv)}.`,
  );
console.log(
  `\nnode ${process.version}, ${(await import('node:os')).cpus().length} cores; ratios: start-up vs node -e 0, check vs ajv-cli on the same files.`,
);
