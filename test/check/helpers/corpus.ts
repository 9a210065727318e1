import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ATTACHMENT_FILES, TEMPLATES } from './templates.js';

export type Severity = 'error' | 'warning' | 'info';

/** What a test expects of one finding: the rule, and where the reviewer is sent. */
export interface Expected {
  rule: string;
  severity: Severity;
  path: string | null;
  line: number | null;
  column: number | null;
}

export interface CorpusFile {
  name: string;
  /** Text, or raw bytes for files that are not UTF-8. */
  content: string | Buffer;
  code: string | null;
  status: 'pass' | 'fail' | 'error';
  findings: Expected[];
  applicant: string;
  creditCode: string;
  requested: number | undefined;
  variant: string;
}

// ---------------------------------------------------------------------------
// GB 32100-2015, written again here so the tests do not trust the code under test.
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCode(n: number): string {
  const body = `914503${String(n).padStart(6, '0')}MA5K${CHARS[n % 31]}`;
  const sum = [...body].reduce((s, ch, i) => s + CHARS.indexOf(ch) * WEIGHTS[i]!, 0);
  const check = (31 - (sum % 31)) % 31;
  return body + CHARS[check];
}

// ---------------------------------------------------------------------------
// Positions, found by searching the text: independent of the YAML parser.

/** The place right after the first `prefix` (where its value starts), searching from `from`. */
function after(text: string, prefix: string, from = ''): { line: number; column: number } {
  const start = from ? text.indexOf(from) : 0;
  if (start < 0) throw new Error(`anchor not found: ${from}`);
  const i = text.indexOf(prefix, start);
  if (i < 0) throw new Error(`not found: ${prefix}`);
  return place(text, i + prefix.length);
}

function place(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

function expect(
  rule: string,
  severity: Severity,
  path: string | null,
  pos: { line: number; column: number } | null,
): Expected {
  return { rule, severity, path, line: pos?.line ?? null, column: pos?.column ?? null };
}

// ---------------------------------------------------------------------------
// Lines as the guide sets them (the test's own copy, from the spec's tables).

const RANGE: Record<string, { min: number | null; max: number; end: number }> = {
  '1': { min: 100, max: 150, end: 2021 },
  '2': { min: 100, max: 300, end: 2021 },
  '3': { min: 100, max: 150, end: 2021 },
  '4': { min: 100, max: 150, end: 2021 },
  '5-1': { min: null, max: 200, end: 2021 },
  '5-2': { min: 30, max: 50, end: 2021 },
  '6': { min: 20, max: 60, end: 2021 },
  '7': { min: 15, max: 30, end: 2021 },
  '8': { min: 30, max: 50, end: 2021 },
  '9': { min: 30, max: 100, end: 2021 },
  '10': { min: 20, max: 50, end: 2021 },
  '11': { min: 30, max: 50, end: 2020 },
  '12': { min: 40, max: 100, end: 2022 },
  '13': { min: 30, max: 50, end: 2021 },
  '14': { min: 15, max: 30, end: 2020 },
  '15-1': { min: 20, max: 50, end: 2020 },
  '15-2': { min: 10, max: 20, end: 2020 },
  '15-3': { min: 2, max: 5, end: 2020 },
  '16': { min: 100, max: 200, end: 2022 },
};

const LINE_CODES = Object.keys(TEMPLATES);

interface Mutation {
  name: string;
  /** Lines it applies to. */
  lines: string[] | 'all';
  /** `code: null` where the mutation hides the line itself. */
  apply: (
    text: string,
    code: string,
  ) => { text: string; status: CorpusFile['status']; findings: Expected[]; code?: null };
}

function swap(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`template lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

function requestedOf(text: string): number {
  return Number(/requested: (\d+)/.exec(text)![1]);
}

const FIRST_ATTACHMENT = /file: attachments\/[^ }]+/;

const MUTATIONS: Mutation[] = [
  {
    name: 'outside-guilin',
    lines: 'all',
    apply: (t) => {
      const text = swap(t, 'inGuilin: true', 'inGuilin: false');
      // The attached guide sets no general residence condition: a warning, never a failure.
      return {
        text,
        status: 'pass',
        findings: [expect('in-guilin', 'warning', 'applicant.inGuilin', after(text, 'inGuilin: '))],
      };
    },
  },
  {
    name: 'amount-out-of-range',
    lines: 'all',
    apply: (t, code) => {
      const r = RANGE[code]!;
      const amount = r.min !== null ? r.min - 1 : r.max + 1;
      const text = swap(t, `requested: ${requestedOf(t)}`, `requested: ${amount}`);
      return {
        text,
        status: 'fail',
        findings: [expect('funding-range', 'error', 'funding.requested', after(text, 'requested: '))],
      };
    },
  },
  {
    name: 'period-too-long',
    lines: 'all',
    apply: (t, code) => {
      const end = /end: (\d+)/.exec(t)![1]!;
      const text = swap(t, `end: ${end}`, `end: ${RANGE[code]!.end + 1}`);
      return { text, status: 'fail', findings: [expect('period', 'error', 'period.end', after(text, 'end: '))] };
    },
  },
  {
    name: 'credit-code-typo',
    lines: 'all',
    apply: (t) => {
      const code = /creditCode: (\S+)/.exec(t)![1]!;
      const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
      const text = swap(t, code, wrong);
      // A warning: the application still passes.
      return {
        text,
        status: 'pass',
        findings: [expect('credit-code', 'warning', 'applicant.creditCode', after(text, 'creditCode: '))],
      };
    },
  },
  {
    name: 'amount-as-text',
    lines: 'all',
    apply: (t) => {
      const n = requestedOf(t);
      const text = swap(t, `requested: ${n}`, `requested: "${n}万元"`);
      return {
        text,
        status: 'fail',
        findings: [
          expect('schema', 'error', 'funding.requested', after(text, 'requested: ')),
          // The amount's rules wait for it to be a number: the report says so once.
          expect('schema', 'info', null, null),
        ],
      };
    },
  },
  {
    name: 'lead-type',
    lines: ['1', '2', '3', '4', '5-2', '8', '9', '10', '11', '12', '16'],
    apply: (t, code) => {
      const text = swap(t, '  type: enterprise', '  type: hospital');
      // On 5-2, 8 and 9 only the content names who leads: a warning.
      const content = ['5-2', '8', '9'].includes(code);
      const findings = [expect('lead-type', content ? 'warning' : 'error', 'applicant.type', after(text, '  type: '))];
      // 5-2 prefers enterprises and universities or institutes without a key lab, 9 enterprises: a hospital is neither.
      if (code === '5-2' || code === '9')
        findings.push(expect('priority', 'info', 'applicant', after(text, 'applicant:\n  ')));
      return { text, status: content ? 'pass' : 'fail', findings };
    },
  },
  {
    name: 'lead-type',
    lines: ['13'],
    apply: (t) => {
      const text = swap(t, '  type: university', '  type: government');
      return {
        text,
        status: 'pass',
        findings: [expect('lead-type', 'warning', 'applicant.type', after(text, '  type: '))],
      };
    },
  },
  {
    name: 'matching-too-low',
    lines: ['1', '2', '3', '4'],
    apply: (t) => {
      const m = /matching: (\d+)/.exec(t)![1]!;
      const text = swap(t, `matching: ${m}`, 'matching: 20');
      return {
        text,
        status: 'fail',
        findings: [expect('matching-ratio', 'error', 'funding.matching', after(text, 'matching: '))],
      };
    },
  },
  {
    name: 'no-mass-production',
    lines: ['1', '3', '4'],
    apply: (t) => {
      const text = swap(t, 'massProduction: true', 'massProduction: false');
      return {
        text,
        status: 'fail',
        findings: [expect('target', 'error', 'targets.massProduction', after(text, 'massProduction: '))],
      };
    },
  },
  {
    name: 'no-clinical-approval',
    lines: ['2'],
    apply: (t) => {
      const text = swap(t, 'clinicalApproval: true', 'clinicalApproval: false');
      return {
        text,
        status: 'fail',
        findings: [expect('target', 'error', 'targets.clinicalApproval', after(text, 'clinicalApproval: '))],
      };
    },
  },
  ...(['clinical', 'tcm_secondary'] as const).map(
    (stage): Mutation => ({
      name: `${stage}-without-certificate`,
      lines: ['2'],
      apply: (t) => {
        const text = swap(t, 'stage: preclinical', `stage: ${stage}`);
        // The certificate is not stated: the place is the targets it belongs to.
        return {
          text,
          status: 'fail',
          findings: [expect('target', 'error', 'targets.newDrugCertificate', after(text, 'targets:\n  '))],
        };
      },
    }),
  ),
  {
    name: 'key-lab-too-late',
    lines: ['5-2'],
    apply: (t) => {
      const text = swap(t, 'keyLabApplicationYear: 2020', 'keyLabApplicationYear: 2022');
      return {
        text,
        status: 'fail',
        findings: [expect('target', 'error', 'targets.keyLabApplicationYear', after(text, 'keyLabApplicationYear: '))],
      };
    },
  },
  {
    name: 'mentors-not-stated',
    lines: ['6'],
    apply: (t) => {
      const text = swap(t, '  mentors: 8\n', '');
      // Nothing to point at but the targets it belongs to.
      return {
        text,
        status: 'fail',
        findings: [expect('target', 'error', 'targets.mentors', after(text, 'targets:\n  '))],
      };
    },
  },
  ...(
    [
      ['8', 'talentTeams: 1', 'talentTeams: 0', 'targets.talentTeams'],
      ['8', 'breakthroughs: 1', 'breakthroughs: 0', 'targets.breakthroughs'],
      ['8', '  platforms: 1', '  platforms: 0', 'targets.platforms'],
      ['12', 'revenue: 2500', 'revenue: 1500', 'targets.revenue'],
      ['14', 'poorHouseholds: 120', 'poorHouseholds: 50', 'targets.poorHouseholds'],
      ['10', 'patents: 2', 'patents: 0', 'targets.patents'],
      ['11', 'revenue: 1500', 'revenue: 900', 'targets.revenue'],
      ['12', 'techTransaction: 1800', 'techTransaction: 1000', 'targets.techTransaction'],
      ['13', 'breakthroughs: 2', 'breakthroughs: 0', 'targets.breakthroughs'],
      ['14', 'poorVillages: 3', 'poorVillages: 1', 'targets.poorVillages'],
    ] as const
  ).map(
    ([code, from, to, path]): Mutation => ({
      name: 'target-not-met',
      lines: [code],
      apply: (t) => {
        const text = swap(t, from, to);
        return {
          text,
          status: 'fail',
          findings: [expect('target', 'error', path, after(text, `${from.split(':')[0]!.trim()}: `, 'targets:'))],
        };
      },
    }),
  ),
  ...(
    [
      ['5-1', 'level: ministry', 'level: guangxi'],
      ['6', 'kind: maker_space', 'kind: key_lab'],
      ['7', 'level: guangxi', 'level: city'],
    ] as const
  ).map(
    ([code, from, to]): Mutation => ({
      name: 'platform-not-accepted',
      lines: [code],
      apply: (t) => {
        const text = swap(t, from, to);
        // Line 6's carriers are named by its content: a key lab there is a warning, not a failure.
        const content = code === '6';
        const at = after(text, 'platforms:\n    ');
        const findings = [expect('platform', content ? 'warning' : 'error', 'applicant.platforms', at)];
        // Line 6 prefers a carrier at city level or above; a key lab is no carrier at all.
        if (content) findings.push(expect('priority', 'info', 'applicant', after(text, 'applicant:\n  ')));
        return { text, status: content ? 'pass' : 'fail', findings };
      },
    }),
  ),
  {
    name: 'attachment-file-missing',
    lines: ['5-1', '5-2', '7', '8', '9', '13', '14', '16', '15-3'],
    apply: (t, code) => {
      const text = t.replace(FIRST_ATTACHMENT, 'file: attachments/遗失的附件.pdf');
      const warning = code === '15-3';
      return {
        text,
        status: warning ? 'pass' : 'fail',
        findings: [
          expect('attachment-file', warning ? 'warning' : 'error', 'attachments[0].file', after(text, 'file: ')),
        ],
      };
    },
  },
  {
    // A further attachment, of no kind a requirement asks for, whose file is not there: a warning.
    name: 'extra-attachment-missing',
    lines: ['1', '2', '3', '4', '6', '10', '11', '12', '15-1', '15-2'],
    apply: (t) => {
      const text = `${t}attachments:\n  - { kind: other, file: attachments/无此文件.pdf }\n`;
      return {
        text,
        status: 'pass',
        findings: [expect('attachment-file', 'warning', 'attachments[0].file', after(text, 'file: '))],
      };
    },
  },
  {
    name: 'attachment-unlisted',
    lines: ['5-1', '5-2', '7', '9', '14', '16'],
    apply: (t) => {
      const text = t.replace(/attachments:\n {2}- \{[^\n]*\}\n/, 'attachments: []\n');
      return {
        text,
        status: 'fail',
        findings: [expect('attachment', 'error', 'attachments', after(text, 'attachments: '))],
      };
    },
  },
  {
    name: 'no-translation',
    lines: ['8'],
    apply: (t) => {
      const text = swap(
        t,
        '  - { kind: agreement_translation, partner: Fraunhofer IPMS, file: attachments/合作协议译文.pdf }\n',
        '',
      );
      return {
        text,
        status: 'fail',
        findings: [expect('attachment', 'error', 'partners[0]', after(text, 'partners:\n  - '))],
      };
    },
  },
  {
    name: 'no-partners',
    // Line 8 requires no partner (it also funds an enterprise's own overseas R&D centre).
    lines: ['13'],
    apply: (t) => {
      const text = t.replace(/partners:\n  - \{[^\n]*\}\n/, '');
      return { text, status: 'fail', findings: [expect('partners', 'error', 'partners', { line: 1, column: 1 })] };
    },
  },
  {
    name: 'no-agreement',
    lines: ['8', '13'],
    apply: (t) => {
      const text = swap(t, 'kind: cooperation_agreement', 'kind: other');
      return {
        text,
        status: 'fail',
        findings: [expect('attachment', 'error', 'partners[0]', after(text, 'partners:\n  - '))],
      };
    },
  },
  {
    name: 'foreign-partner-without-translation',
    lines: ['13'],
    apply: (t) => {
      const text = swap(
        t,
        '{ name: 香港理工大学, type: university, country: CN }',
        '{ name: University of Cambridge, type: university, country: GB }',
      );
      return {
        text,
        status: 'fail',
        findings: [expect('attachment', 'error', 'partners[0]', after(text, 'partners:\n  - '))],
      };
    },
  },
  {
    name: 'partner-not-allowed',
    lines: ['11'],
    apply: (t) => {
      const text = swap(t, 'targets:', 'partners:\n  - { name: 桂林旅游学院, type: university }\ntargets:');
      return {
        text,
        status: 'fail',
        findings: [expect('partners', 'error', 'partners', after(text, 'partners:\n  '))],
      };
    },
  },
  {
    name: 'partner-not-academic',
    lines: ['12'],
    apply: (t) => {
      const text = swap(t, '{ name: 桂林理工大学, type: university }', '{ name: 桂林某贸易公司, type: enterprise }');
      return {
        text,
        status: 'fail',
        findings: [expect('partners', 'error', 'partners', after(text, 'partners:\n  '))],
      };
    },
  },
  {
    name: 'talent-not-leader',
    lines: ['9'],
    apply: (t) => {
      const text = swap(t, 'isLeader: true', 'isLeader: false');
      return {
        text,
        status: 'fail',
        findings: [expect('talent', 'error', 'talent.isLeader', after(text, 'isLeader: '))],
      };
    },
  },
  {
    name: 'not-high-tech',
    lines: ['10'],
    apply: (t) => {
      const text = swap(t, 'highTech: valid', 'highTech: none');
      return {
        text,
        status: 'fail',
        findings: [expect('high-tech', 'error', 'applicant.highTech', after(text, 'highTech: '))],
      };
    },
  },
  {
    name: 'high-tech-without-sme-number',
    lines: ['10'],
    apply: (t) => {
      const text = swap(t, '  smeNumber: "2019450300A0000123"\n', '');
      return {
        text,
        status: 'pass',
        findings: [expect('high-tech', 'warning', 'applicant.smeNumber', after(text, 'applicant:\n  '))],
      };
    },
  },
  {
    name: 'field-not-high-tech',
    lines: ['10'],
    apply: (t) => {
      const text = swap(t, 'fields: [electronic_information]', 'fields: [agriculture]');
      return { text, status: 'pass', findings: [expect('field', 'warning', 'fields', after(text, 'fields: '))] };
    },
  },
  {
    name: 'commissioner-not-implementer',
    lines: ['14'],
    apply: (t) => {
      const text = swap(t, 'mainImplementer: true', 'mainImplementer: false');
      return {
        text,
        status: 'fail',
        findings: [expect('commissioner', 'error', 'commissioner.mainImplementer', after(text, 'mainImplementer: '))],
      };
    },
  },
  {
    name: 'no-declaration',
    lines: ['12'],
    apply: (t) => {
      const text = swap(t, 'noDuplicateSubsidy: true', 'noDuplicateSubsidy: false');
      // The guide demands no declaration: only its reminder, which every line-12 application gets.
      return { text, status: 'pass', findings: [] };
    },
  },
  {
    name: 'direction-missing',
    lines: ['5-1', '15-2'],
    apply: (t) => {
      const text = t.replace(/direction: \d\n/, '');
      // Without its direction the line cannot be told.
      return {
        text,
        status: 'fail',
        code: null,
        findings: [expect('project', 'error', 'project', after(text, 'project: '))],
      };
    },
  },
  {
    name: 'tier-missing',
    lines: ['16'],
    apply: (t) => {
      const text = swap(t, 'tier: major\n', '');
      return { text, status: 'fail', findings: [expect('project', 'error', 'project', after(text, 'project: '))] };
    },
  },
  {
    name: 'no-academic-partner',
    lines: ['1', '2', '3', '4', '7'],
    apply: (t) => {
      const text = t.replace(/partners:\n  - \{[^\n]*\}\n/, '');
      // Only a preference of the guide: a note, and the application passes.
      return { text, status: 'pass', findings: [expect('priority', 'info', 'partners', { line: 1, column: 1 })] };
    },
  },
  {
    name: 'no-academician-workstation',
    lines: ['9'],
    apply: (t) => {
      const text = swap(t, '  platforms:\n    - { kind: academician_workstation, level: city }\n', '');
      return {
        text,
        status: 'pass',
        findings: [expect('priority', 'info', 'applicant', after(text, 'applicant:\n  '))],
      };
    },
  },
];

/** Files that are not applications at all: status `error`, and the batch goes on. */
const BROKEN: {
  name: string;
  content: string | Buffer;
  rule: string;
  path: string | null;
  line: number | null;
}[] = [
  // An unclosed quote is named where it opens.
  {
    name: 'broken-quote',
    content: 'project: 1\n"未闭合的引号: x\nfields: [agriculture]\n',
    rule: 'yaml',
    path: null,
    line: 2,
  },
  { name: 'a-list', content: '- project: 1\n- project: 2\n', rule: 'yaml', path: '', line: 1 },
  { name: 'empty', content: '# 只有注释\n', rule: 'yaml', path: null, line: 1 },
  // Valid neither as UTF-8 nor as GB18030 (0xff is no lead byte in either), so not read as GBK.
  {
    name: 'bad-bytes',
    content: Buffer.concat([Buffer.from('project: 1\ntitle: '), Buffer.from([0xb9, 0xf0, 0xff]), Buffer.from('\n')]),
    rule: 'file',
    path: null,
    line: 2,
  },
  { name: 'too-large', content: `project: 1\n${'# 填充\n'.repeat(150_000)}`, rule: 'file', path: null, line: null },
];

/** The reminders (info, demanding nothing) of the lines that have one. */
const REMINDERS: Record<string, string> = { '12': 'no-duplicate-subsidy', '15-3': 'ethics' };

function fill(template: string, name: string, code: string): string {
  return template.replace('{{NAME}}', name).replace('{{CODE}}', code);
}

/**
 * A batch of applications: for every line the good template and each mutation that
 * applies, repeated with different applicants until `size` is reached, plus the
 * broken files spread through it. Every seventh application comes from the unit
 * of fifty applications before, so that some units apply more than once.
 */
export function buildCorpus(size: number): CorpusFile[] {
  const kinds: { code: string; variant: string; make: (t: string) => ReturnType<Mutation['apply']> }[] = [];
  for (const code of LINE_CODES) {
    kinds.push({ code, variant: 'good', make: (text) => ({ text, status: 'pass', findings: [] }) });
    for (const mu of MUTATIONS)
      if (mu.lines === 'all' || mu.lines.includes(code))
        kinds.push({ code, variant: mu.name, make: (t) => mu.apply(t, code) });
  }
  const files: CorpusFile[] = [];
  let n = 0;
  while (files.length < size) {
    const k = kinds[n % kinds.length]!;
    const who = n >= 50 && n % 7 === 6 ? n - 50 : n;
    const applicant = `桂林市第${who + 1}号科技有限公司`;
    const cc = creditCode(who + 1);
    const made = k.make(fill(TEMPLATES[k.code]!, applicant, cc));
    // A reminder is shown on every application of its line that is judged at all.
    const reminder = REMINDERS[k.code];
    if (reminder && made.code !== null && !made.findings.some((f) => f.rule === 'project'))
      made.findings.push(expect(reminder, 'info', 'project', after(made.text, 'project: ')));
    const index = String(files.length + 1).padStart(4, '0');
    const req = /requested: (\d+)\n/.exec(made.text);
    files.push({
      name: `${index}-${k.code}-${k.variant}.yaml`,
      content: made.text,
      code: made.code === null ? null : k.code,
      status: made.status,
      findings: made.findings,
      applicant,
      creditCode: made.findings.some((f) => f.rule === 'credit-code') ? /creditCode: (\S+)/.exec(made.text)![1]! : cc,
      requested: req ? Number(req[1]) : undefined,
      variant: k.variant,
    });
    n++;
    if (files.length % 60 === 30) {
      const b = BROKEN[Math.floor(files.length / 60) % BROKEN.length]!;
      const index2 = String(files.length + 1).padStart(4, '0');
      files.push({
        name: `${index2}-broken-${b.name}.yaml`,
        content: b.content,
        code: null,
        status: 'error',
        findings: [expect(b.rule, 'error', b.path, b.line === null ? null : { line: b.line, column: 1 })],
        applicant: '',
        creditCode: '',
        requested: undefined,
        variant: b.name,
      });
    }
  }
  return files;
}

/** Writes the batch into `dir`, with the attachment files the templates name. */
export function writeCorpus(dir: string, files: readonly CorpusFile[]): void {
  mkdirSync(join(dir, 'attachments'), { recursive: true });
  for (const a of ATTACHMENT_FILES) writeFileSync(join(dir, 'attachments', a), '%PDF-1.4\n');
  for (const f of files) writeFileSync(join(dir, f.name), f.content);
}
