import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { folderFiles, nearbyFile } from '../../src/check/nearby-file.js';
import { cachedFolders } from '../../src/check/run-batch.js';
import type { Lang } from '../../src/i18n/index.js';
import { checkApplication } from '../support/check-application.js';
import { runCli } from '../support/cli.js';
import { validApplication } from '../support/valid-application.js';

type App = Record<string, unknown>;
type Entry = { kind: string; partner?: string; file: string };

const FOREIGN = 'Fraunhofer-Institut für Lasertechnik';
const AGREEMENT = `attachments/合作协议-${FOREIGN}.pdf`;
const TRANSLATION = `attachments/合作协议译文-${FOREIGN}.pdf`;

function project13(change: (a: App) => void = () => {}): App {
  const app = validApplication('13') as unknown as App;
  change(app);
  return app;
}
const entries = (a: App) => a.attachments as Entry[];
function messageAt(app: App, path: string, lang: Lang, files?: string[]): string {
  const found = checkApplication(app, { lang, ...(files ? { files } : {}) }).result.findings;
  const f = found.find((x) => x.path === path);
  if (!f) throw new Error(`no finding at ${path}: ${JSON.stringify(found)}`);
  return f.message;
}

describe('attachments: messages that say what to write', () => {
  it('a partner written as part of a partner’s name is answered with that name, in zh and en', () => {
    const app = project13((a) => (entries(a)[1]!.partner = 'Fraunhofer'));
    expect(messageAt(app, 'attachments[1].partner', 'zh')).toContain(`你是不是想写「${FOREIGN}」？`);
    expect(messageAt(app, 'attachments[1].partner', 'en')).toContain(`did you mean "${FOREIGN}"?`);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`a missing translation's message gives the line to add, which added as written passes (${lang})`, () => {
      const app = project13((a) => entries(a).splice(1, 1));
      const message = messageAt(app, 'partners[0]', lang);
      const line = /(- \{ kind: agreement_translation[^}]*\})/.exec(message)?.[1];
      expect(line).toBeDefined();
      const [entry] = parse(line!) as Entry[];
      expect(entry).toMatchObject({ kind: 'agreement_translation', partner: FOREIGN });
      expect(entry!.file).toMatch(/^attachments\/.+\.pdf$/);
      entries(app).push(entry!);
      expect(checkApplication(app, { lang, files: [AGREEMENT, entry!.file] }).result.status).toBe('pass');
    });
  }

  it('a missing file with a near name in its folder suggests that name, in zh and en', () => {
    const near = `attachments/合作协议-${FOREIGN} .pdf`;
    const app = project13();
    expect(messageAt(app, 'attachments[0].file', 'zh', [near, TRANSLATION])).toContain(
      `同一文件夹中有 ${near}，是不是这个文件？`,
    );
    expect(messageAt(app, 'attachments[0].file', 'en', [near, TRANSLATION])).toContain(
      `The same folder holds ${near}: is that the file?`,
    );
    // Nothing near: the message says only that the file is missing.
    expect(messageAt(app, 'attachments[0].file', 'zh', ['attachments/营业执照.pdf', TRANSLATION])).not.toContain(
      '同一文件夹中有',
    );
  });
});

describe('near file names, inside the application’s folder only', () => {
  const root = mkdtempSync(join(tmpdir(), 'gg-near-'));
  const app = join(root, 'app');
  const outside = join(root, 'outside');
  mkdirSync(join(app, '附件', 'sub'), { recursive: true });
  mkdirSync(outside);
  for (const f of ['附件/推荐涵.pdf', '附件/cv1.pdf', '附件/id.pdf', 'top.pdf']) writeFileSync(join(app, f), 'PDF');
  writeFileSync(join(outside, '推荐函 .pdf'), 'PDF');
  symlinkSync(outside, join(app, 'linked'));
  symlinkSync(join(outside, '推荐函 .pdf'), join(app, '附件', 'link.pdf'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('suggests a name one edit away in the same folder, as the application writes its path', () => {
    expect(nearbyFile(app, '附件/推荐函.pdf')).toBe('附件/推荐涵.pdf');
    expect(nearbyFile(app, 'tpo.pdf')).toBe('top.pdf');
    expect(nearbyFile(app, '附件/cv.pdf')).toBe('附件/cv1.pdf');
  });

  it('allows one edit in a short name, not two, and looks in no other folder', () => {
    expect(nearbyFile(app, '附件/ic.pdf')).toBe('附件/id.pdf');
    expect(nearbyFile(app, '附件/cx.pdf')).toBeUndefined();
    expect(nearbyFile(app, '附件/sub/推荐涵.pdf')).toBeUndefined();
  });

  it('never lists a folder outside: through .., an absolute path or a link', () => {
    expect(folderFiles(app, '附件/')).toEqual(expect.arrayContaining(['推荐涵.pdf', 'cv1.pdf']));
    // A link is not a regular file of the folder, wherever it points.
    expect(folderFiles(app, '附件/')).not.toContain('link.pdf');
    expect(folderFiles(app, '../outside/')).toBeUndefined();
    expect(folderFiles(app, `${outside}/`)).toBeUndefined();
    expect(folderFiles(app, 'linked/')).toBeUndefined();
    expect(nearbyFile(app, 'linked/推荐函.pdf')).toBeUndefined();
    expect(nearbyFile(app, '../outside/推荐函.pdf')).toBeUndefined();
  });

  it('a batch lists each folder once', () => {
    const folders = cachedFolders();
    const first = folders(app, '附件/');
    expect(first).toBeDefined();
    expect(folders(app, '附件/')).toBe(first);
  });
});

describe('a scanned attachment, as an applicant runs check', () => {
  const root = mkdtempSync(join(tmpdir(), 'gg-scan-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Line 7 as init writes it for an agricultural park, filled in, its recommendation scanned to `scans`. */
  function park(name: string, scans: string[]): string {
    const dir = join(root, name);
    expect(runCli(['init', '7', dir]).status).toBe(0);
    const file = join(dir, 'application.yaml');
    const filled = readFileSync(file, 'utf8')
      .replace('title: ~', 'title: 阳朔金橘绿色种植与采后保鲜技术集成示范')
      .replace('fields: ~', 'fields: [agriculture]')
      .replace('requested: ~', 'requested: 30')
      .replace('matching: ~', 'matching: 0')
      .replace('name: ~', 'name: 阳朔县金橘种植专业合作社')
      .replace('type: ~', 'type: other')
      .replace('inGuilin: ~', 'inGuilin: true')
      .replace('creditCode: ~', 'creditCode: 91450300MA5KT12341')
      .replace('{ kind: ~, level: ~, name: ~ }', '{ kind: rural_maker_space, level: guangxi, name: 阳朔金橘星创天地 }')
      .replace('name: ~', 'name: 陈志强');
    writeFileSync(file, filled);
    for (const scan of scans) writeFileSync(join(dir, 'attachments', scan), 'JPEG');
    return dir;
  }

  it.each([
    [
      'zh',
      '文件 attachments/推荐函.pdf 不存在；请把文件放到申报书所在文件夹中，或改正路径。同一文件夹中有 attachments/推荐函.jpg，是不是这个文件？',
    ],
    ['en', 'The same folder holds attachments/推荐函.jpg: is that the file?'],
  ])(
    'names the letter scanned as 推荐函.jpg where 推荐函.pdf is listed, and passes once the path says so (%s)',
    (lang, said) => {
      const dir = park(`one-${lang}`, ['推荐函.jpg']);
      const r = runCli(['check', dir, '--lang', lang]);
      expect(r.stdout).toContain(said);
      expect(r.status).toBe(1);
      const file = join(dir, 'application.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('attachments/推荐函.pdf', 'attachments/推荐函.jpg'));
      const after = runCli(['check', dir, '--lang', lang, '--format', 'json']);
      // What is left is the guide's 优先支持 of an institute partner, which is no condition.
      expect(JSON.parse(after.stdout).files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['priority']);
      expect(after.status).toBe(0);
    },
  );

  it('names none when two files of that name are there (推荐函.jpg and 推荐函.png): which is meant is not certain', () => {
    const r = runCli(['check', park('two', ['推荐函.jpg', '推荐函.png'])]);
    expect(r.stdout).toContain('文件 attachments/推荐函.pdf 不存在');
    expect(r.stdout).not.toContain('同一文件夹中有');
    expect(r.status).toBe(1);
  });
});
