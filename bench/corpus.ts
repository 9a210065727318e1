import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import {
  attachmentFiles,
  LINE_CODES,
  validApplication,
  type ApplicationData,
} from '../test/support/valid-application.js';

/**
 * What reviewers actually receive: every line and tier, about a third of the files
 * failing for the reasons applications fail (short co-funding, wrong lead, a missing
 * attachment, an amount out of range, a misspelled key, a number written as text),
 * a few broken YAML files, Chinese text throughout, attachments on disk.
 */
type Mutation = (app: ApplicationData) => void;

const MUTATIONS: Mutation[] = [
  (a) => void (a.funding.requested = a.funding.requested * 10),
  (a) => void (a.applicant.inGuilin = false),
  (a) => void (a.period = { start: 2018, end: 2023 }),
  (a) => void (a.attachments = []),
  (a) => void (a.applicant.type = 'hospital'),
  (a) => void ((a as Record<string, unknown>).titel = a.title),
  (a) => void ((a.funding as Record<string, unknown>).requested = `${a.funding.requested}万元`),
  (a) => void (a.targets = {}),
];

type Variant = [code: string, tier: string | undefined];
const VARIANTS: Variant[] = LINE_CODES.flatMap((code): Variant[] =>
  code === '15-3'
    ? [
        [code, 'general'],
        [code, 'key'],
      ]
    : code === '16'
      ? [
          [code, 'general'],
          [code, 'major'],
        ]
      : [[code, undefined]],
);

const PROSE =
  '本项目围绕桂林市产业高质量发展的重大技术需求，联合高校院所开展关键核心技术攻关，形成具有自主知识产权的新技术、新产品，并在我市实现规模化生产与推广应用。';

const COMMENTS = Array.from({ length: 9 }, (_, k) => `# ${k + 1}. ${PROSE.slice(0, 40 + k * 4)}`).join('\n');

/** The i-th application of a corpus, as data: every line and tier in turn, a third of them broken. */
export function applicationData(i: number): ApplicationData {
  const [code, tier] = VARIANTS[i % VARIANTS.length]!;
  const app = validApplication(code, tier);
  app.title = `${app.title}（第${i}号）`;
  app.applicant.name = `桂林市第${i % 997}号申报单位`;
  (app as Record<string, unknown>).leader = { name: `项目负责人${i}` };
  const broken = i % 3 === 0;
  if (broken) MUTATIONS[((i / 3) % MUTATIONS.length) | 0]!(app);
  return app;
}

/** A corpus file: its text, the attachments it names, and whether it is not YAML at all. */
export interface CorpusEntry {
  text: string;
  attachments: string[];
  notYaml?: boolean;
}

/** One file in two hundred is not YAML at all: an unclosed quote. */
export function breakOneIn200(i: number, text: string): { text: string; notYaml?: boolean } {
  return i % 200 === 199 ? { text: text.replace(/title: /, 'title: "'), notYaml: true } : { text };
}

function makeApplication(i: number): CorpusEntry {
  const app = applicationData(i);
  // Files made with `init` carry a comment above each key quoting its clause: ~2.4 KB in all.
  const text = `# yaml-language-server: $schema=./application.schema.json\n# 申报书 ${i}\n${COMMENTS}\n${stringify(app)}`;
  return { ...breakOneIn200(i, text), attachments: attachmentFiles(app) };
}

/**
 * Writes `count` applications into `dir` (10 folders of files, shared attachments).
 * The files that are not YAML are named `*.yml`: `check` reads both names, and the
 * bench gives ajv-cli the pattern `*.yaml`, because ajv-cli ends its whole run (exit 2)
 * at the first file it cannot parse. Named `*.yaml` they stopped it after 9,020 of
 * 10,000 files, and the ratio against it compared check's whole run to 90 % of its.
 */
export function writeCorpus(dir: string, count: number, make: (i: number) => CorpusEntry = makeApplication): string[] {
  rmSync(dir, { recursive: true, force: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `batch-${i % 10}`);
    const { text, attachments, notYaml } = make(i);
    const file = join(folder, `申请书-${String(i).padStart(5, '0')}.${notYaml ? 'yml' : 'yaml'}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, text);
    for (const a of attachments) {
      const path = join(folder, a);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, '%PDF-1.4\n');
    }
    files.push(file);
  }
  return files;
}
