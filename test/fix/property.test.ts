import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/check-text.js';
import { fixText } from '../../src/fix/fix-text.js';
import { parseYaml } from '../../src/yaml/parse.js';
import { guideline } from '../support/guideline.js';
import { LINE_CODES, validApplication } from '../support/valid-application.js';

/** An application with every kind of value a fix touches, in the guide's own ids. */
function application(code: string): Record<string, unknown> {
  const tier = code === '15-3' || code === '16' ? 'general' : undefined;
  const app = validApplication(code, tier) as unknown as Record<string, unknown>;
  return {
    ...app,
    talent: { route: 'introduced', name: '张三', isLeader: true, introducedOn: '2018-03-01', category: 2 },
    targets: { ...(app.targets as object), industryCoverage: 0.85, massProduction: true },
    partners: [{ name: '桂林电子科技大学', type: 'university', country: 'CN' }],
  };
}

/** A mistake an applicant makes, as a change of one line of the written file. */
interface Mistake {
  /** The line as written right, and as the applicant wrote it. */
  line: RegExp;
  wrong: (line: string) => string;
  /** The path a check finding names, and what its message says to write (when check refuses the mistake). */
  path: string;
  says?: string;
}

const MISTAKES: Mistake[] = [
  { line: /^title: /, wrong: (l) => l.replace('title: ', 'title：'), path: 'title' },
  // `says` names what the message must hold: the number itself for the amounts.
  {
    line: /^ {2}requested: \d+$/,
    wrong: (l) => l.replace(/(\d+)$/, '"$1万元"'),
    path: 'funding.requested',
    says: 'requested',
  },
  {
    line: /^ {2}matching: \d+$/,
    wrong: (l) => l.replace(/\d+$/, (n) => [...n].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('')),
    path: 'funding.matching',
    says: 'matching',
  },
  {
    line: /^ {2}industryCoverage: 0.85$/,
    wrong: () => '  industryCoverage: 85%',
    path: 'targets.industryCoverage',
    says: '0.85',
  },
  { line: /^ {2}inGuilin: true$/, wrong: () => '  inGuilin: 是', path: 'applicant.inGuilin' },
  { line: /^ {2}massProduction: true$/, wrong: () => '  massProduction: 是', path: 'targets.massProduction' },
  {
    line: /^ {2}introducedOn: /,
    wrong: () => '  introducedOn: 2018/3/1',
    path: 'talent.introducedOn',
    says: '2018-03-01',
  },
  { line: /^ {4}country: CN$/, wrong: () => '    country: 中国', path: 'partners[0].country' },
  { line: /^ {2}isLeader: /, wrong: (l) => l.replace('isLeader', 'isLeadr'), path: 'talent.isLeadr', says: 'isLeader' },
  { line: /^ {2}category: /, wrong: (l) => l.replace(/^ {2}/, '\t'), path: 'talent.category' },
];

const anApplication = fc.constantFrom(...LINE_CODES).map(application);
/** Comments put between lines (index → text) and at the ends of lines. */
const comments = fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 8 });

function withComments(text: string, places: [number, boolean][]): { text: string; notes: string[] } {
  const lines = text.replace(/\n$/, '').split('\n');
  const notes: string[] = [];
  places.forEach(([at, ending], k) => {
    const i = at % lines.length;
    const note = `注释${k}`;
    // A comment after a value; never after a key whose value follows on the next lines (it would still be valid, but is rare).
    if (ending && !lines[i]!.endsWith(':') && !lines[i]!.includes('#')) lines[i] = `${lines[i]}  # ${note}`;
    else lines.splice(i, 0, `# ${note}`);
    notes.push(note);
  });
  return { text: `${lines.join('\n')}\n`, notes };
}

describe('check --fix', () => {
  it('changes nothing in a file with nothing to fix, comments and all', () => {
    fc.assert(
      fc.property(anApplication, comments, (app, places) => {
        const { text } = withComments(stringify(app), places);
        const fixed = fixText(text, guideline());
        expect(fixed.fixes).toEqual([]);
        expect(fixed.text).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('undoes any set of typical mistakes: the data is the application meant, every comment stays, and what check said to write is what was written', () => {
    fc.assert(
      fc.property(
        anApplication,
        fc.subarray(MISTAKES, { minLength: 1 }),
        comments,
        fc.constantFrom('zh' as const, 'en' as const),
        (app, mistakes, places, lang) => {
          const lines = stringify(app).split('\n');
          const made = mistakes.filter((m) => {
            const i = lines.findIndex((l) => m.line.test(l));
            if (i < 0) return false;
            lines[i] = m.wrong(lines[i]!);
            return true;
          });
          const { text, notes } = withComments(lines.join('\n'), places);
          const fixed = fixText(text, guideline());
          expect(fixed.unreadable).toBe(false);
          expect(parseYaml(fixed.text).data).toEqual(app);
          for (const note of notes) expect(fixed.text.split(note).length - 1).toBe(1);
          // With the YAML mistakes undone by hand, each value check refuses says what --fix wrote.
          const plain = text.replace(/：/, ': ').replace(/^\t/m, '  ');
          const report = checkText(plain, 'x.yaml', {
            guideline: guideline(lang),
            lang,
            strict: true,
          });
          for (const m of made) {
            if (!m.says) continue;
            const finding = report.findings.find((f) => f.path === m.path);
            expect(finding?.message).toContain(
              m.says === 'requested' || m.says === 'matching' ? String(valueAt(app, m.path)) : m.says,
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], data);
}
