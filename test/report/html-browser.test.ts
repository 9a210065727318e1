import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationFacts } from '../../src/report/file-result.js';
import { runCli, ROOT } from '../support/cli.js';

/**
 * The HTML report as a reviewer uses it, in the system's Chromium (never a browser of
 * playwright's own): filter, sort, open an application, read what is shown, scroll a
 * long register. Screens at 1280 and 800 pixels are left in GG_SCREENSHOTS when it
 * names a folder, to look at.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface JsonFile {
  file: string;
  status: 'pass' | 'fail' | 'error';
  code: string | null;
  application: ApplicationFacts;
  findings: { rule: string; message: string; line: number | null; column: number | null; clause: string | null }[];
}

let dir: string;
let files: JsonFile[];
let context: BrowserContext;
let page: Page;

/** An application whose every text tries to become markup or script in the page. */
const HOSTILE = {
  applicant: `<img src=x onerror="document.title='pwned'">恶意单位`,
  title: `</script><script>document.title='pwned'</script><!-- 项目`,
  creditCode: `<b>9145</b>`,
};
const hostileYaml = `project: 1
title: ${JSON.stringify(HOSTILE.title)}
fields: [electronic_information]
period: { start: 2019, end: 2021 }
funding: { requested: 100, matching: 300 }
applicant:
  name: ${JSON.stringify(HOSTILE.applicant)}
  type: 企业
  inGuilin: true
  creditCode: ${JSON.stringify(HOSTILE.creditCode)}
leader: { name: 张伟 }
targets: { newProducts: 2, massProduction: true }
`;

const visibleApplicants = () =>
  page.$$eval('#register tbody.app:not([hidden]) tr.row', (rows) =>
    rows.map((r) => (r as HTMLTableRowElement).cells[1]!.textContent),
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gg-html-'));
  cpSync(join(ROOT, 'test/fixtures/check'), join(dir, 'inbox'), { recursive: true });
  mkdirSync(join(dir, 'inbox', '恶意'));
  writeFileSync(join(dir, 'inbox', '恶意', 'application.yaml'), hostileYaml);
  files = (JSON.parse(runCli(['check', 'inbox', '--format', 'json'], { cwd: dir }).stdout) as { files: JsonFile[] })
    .files;
  const r = runCli(['check', 'inbox', '--format', 'html', '--output', '审查报告.html'], { cwd: dir });
  expect(r.status).toBe(1);
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gg-chromium-')), {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
    offline: true,
  });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(pathToFileURL(join(dir, '审查报告.html')).href);
}, 120_000);

afterAll(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Where the text of an element runs on to a new line: the characters either side of each break. */
const breaks = (p: Page, selector: string) =>
  p.$eval(selector, (e) => {
    const chars: { c: string; top: number }[] = [];
    const walk = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode())
      for (let i = 0; i < n.textContent!.length; i++) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        chars.push({ c: n.textContent![i]!, top: r.getBoundingClientRect().top });
      }
    return chars.flatMap((x, i) => (i > 0 && x.top > chars[i - 1]!.top + 2 ? [chars[i - 1]!.c + x.c] : []));
  });

describe('the HTML report in a browser', () => {
  it('shows the summary on top and every application in the register', async () => {
    expect(await page.title()).toBe('申请书形式审查报告 · guilin-2019');
    expect(await page.locator('h1').textContent()).toBe('申请书形式审查报告');
    expect(await page.locator('.chart svg').count()).toBe(new Set(files.map((f) => f.code).filter((c) => c)).size);
    expect(await visibleApplicants()).toEqual(files.map((f) => f.application.applicant ?? f.file));
    expect(await page.locator('#shown').textContent()).toBe(`显示 ${files.length} / ${files.length} 份`);
  });

  it('filters by status, line and office, and says how many are shown', async () => {
    const failing = files.filter((f) => f.status === 'fail');
    await page.selectOption('#f-status', 'fail');
    expect(await visibleApplicants()).toEqual(failing.map((f) => f.application.applicant));
    expect(await page.locator('#shown').textContent()).toBe(`显示 ${failing.length} / ${files.length} 份`);
    await page.selectOption('#f-line', '2');
    expect(await visibleApplicants()).toEqual(['桂林恒润药业有限公司']);
    await page.selectOption('#f-line', '');
    await page.selectOption('#f-office', '社会发展科技科');
    expect(await visibleApplicants()).toEqual(['全州县禾丰生态农业有限公司']);
    await page.selectOption('#f-office', '');
    await page.selectOption('#f-status', '');
    await page.fill('#f-search', '漓江流域');
    expect(await visibleApplicants()).toEqual(['桂林漓江数智科技有限公司']);
    await page.fill('#f-search', '');
    expect(await visibleApplicants()).toHaveLength(files.length);
  });

  it('shows the failed and the unreadable together, the applications that go back, in the order of the batch', async () => {
    expect(await page.locator('#f-status option').allTextContents()).toEqual([
      '全部',
      '通过',
      '不通过',
      '无法读取',
      '不通过或无法读取',
    ]);
    const back = files.filter((f) => f.status !== 'pass');
    await page.selectOption('#f-status', { label: '不通过或无法读取' });
    expect(await visibleApplicants()).toEqual(back.map((f) => f.application.applicant ?? f.file));
    expect(await page.locator('#shown').textContent()).toBe(`显示 ${back.length} / ${files.length} 份`);
    await page.selectOption('#f-status', '');
  });

  it('sorts by the amount requested, both ways, unknown amounts last', async () => {
    const header = page.locator('#register thead th', { hasText: '申请金额' });
    const byAmount = files
      .filter((f) => f.application.requested !== null)
      .sort((a, b) => a.application.requested! - b.application.requested! || files.indexOf(a) - files.indexOf(b));
    const unknown = files.filter((f) => f.application.requested === null).map((f) => f.application.applicant ?? f.file);
    await header.click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await visibleApplicants()).toEqual([...byAmount.map((f) => f.application.applicant), ...unknown]);
    await header.click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const shown = await visibleApplicants();
    expect(shown[0]).toBe('桂林恒润药业有限公司');
    expect(shown.slice(-unknown.length)).toEqual(unknown);
  });

  it("sorts by line in the guide's order, 2 before 5-2 before 10 and 16, unknown last", async () => {
    const header = page.locator('#register thead th.c-code');
    const codes = () =>
      page.$$eval('#register tr.row', (rows) => rows.map((r) => (r as HTMLTableRowElement).cells[3]!.textContent));
    await header.click();
    expect(await codes()).toEqual(['1', '1', '2', '5-2', '7', '8', '10', '16', '—']);
    await header.click();
    expect(await codes()).toEqual(['16', '10', '8', '7', '5-2', '2', '1', '1', '—']);
  });

  it('sorts by verdict with the failed and the unreadable together, the passed after them, and back', async () => {
    const header = page.locator('#register thead th.c-status');
    const verdicts = () =>
      page.$$eval('#register tr.row', (rows) => rows.map((r) => (r as HTMLTableRowElement).cells[7]!.textContent));
    const count = (s: JsonFile['status']) => files.filter((f) => f.status === s).length;
    const run = (word: string, n: number) => Array<string>(n).fill(word);
    await header.click();
    expect(await verdicts()).toEqual([
      ...run('不通过', count('fail')),
      ...run('无法读取', count('error')),
      ...run('通过', count('pass')),
    ]);
    await header.click();
    expect(await verdicts()).toEqual([
      ...run('通过', count('pass')),
      ...run('无法读取', count('error')),
      ...run('不通过', count('fail')),
    ]);
    // Within a verdict, the order of the batch.
    await header.click();
    const failing = files.filter((f) => f.status === 'fail').map((f) => f.application.applicant);
    expect((await visibleApplicants()).slice(0, failing.length)).toEqual(failing);
  });

  it('opens an application to its facts and findings, with the clause and file:line', async () => {
    const drug = files.find((f) => f.code === '2')!;
    const app = page.locator('#register tbody.app', { hasText: '桂林恒润药业有限公司' });
    expect(await app.locator('tr.detail').isVisible()).toBe(false);
    await app.locator('tr.row').click();
    const detail = app.locator('tr.detail');
    expect(await detail.isVisible()).toBe(true);
    expect(await app.locator('tr.row').getAttribute('aria-expanded')).toBe('true');
    const text = (await detail.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(drug.file);
    expect(text).toContain('91450300198765432N');
    // Each finding says what it rests on: here, requirements of the guide's line 2.
    expect(await detail.locator('td.basis').allTextContents()).toEqual(drug.findings.map(() => '指南申报要求'));
    for (const f of drug.findings) {
      expect(text).toContain(f.message);
      expect(text).toContain(`依据条款：${f.clause}`);
      expect(text).toContain(`${drug.file}:${f.line}:${f.column}`);
    }
    if (process.env.GG_SCREENSHOTS) {
      for (const width of [1280, 800]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: join(process.env.GG_SCREENSHOTS, `report-${width}.png`), fullPage: true });
      }
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: join(process.env.GG_SCREENSHOTS, 'report.pdf'), format: 'A4', landscape: true });
      await page.emulateMedia({ media: 'screen' });
    }
    await app.locator('tr.row').press('Enter');
    expect(await detail.isVisible()).toBe(false);
  });

  it('keeps what a file says as text, never markup', async () => {
    const html = readFileSync(join(dir, '审查报告.html'), 'utf8');
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(await page.evaluate(() => [...document.scripts].map((x) => x.type))).toEqual(['application/json', '']);
    expect(await page.title()).toBe('申请书形式审查报告 · guilin-2019');
    expect(await page.locator('img').count()).toBe(0);
    const app = page.locator('#register tbody.app', { hasText: '恶意单位' });
    const cells = await app.locator('tr.row td').allTextContents();
    expect(cells.slice(1, 3)).toEqual([HOSTILE.applicant, HOSTILE.title]);
    await app.locator('tr.row').click();
    const detail = app.locator('tr.detail');
    expect(await detail.textContent()).toContain(HOSTILE.creditCode);
    expect(await detail.locator('b, img, script').count()).toBe(0);
    expect(await page.title()).toBe('申请书形式审查报告 · guilin-2019');
  });
});

describe('a register longer than a screen', () => {
  const N = 230;
  let long: Page;
  const rows = () => long.locator('#register tr.row').count();

  beforeAll(async () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/check/漓江智慧旅游平台/application.yaml'), 'utf8');
    mkdirSync(join(dir, 'long'));
    for (let i = 1; i <= N; i++)
      writeFileSync(
        join(dir, 'long', `${String(i).padStart(3, '0')}.yaml`),
        text.replace('桂林漓江数智科技有限公司', `第${i}号单位`).replace('requested: 120', `requested: ${i}`),
      );
    expect(runCli(['check', 'long', '--format', 'html', '--output', 'long.html'], { cwd: dir }).status).toBeLessThan(2);
    long = await context.newPage();
    await long.bringToFront();
    await long.goto(pathToFileURL(join(dir, 'long.html')).href);
  }, 120_000);

  it('shows a screenful of rows, and more as the reader scrolls or asks', async () => {
    expect(await long.locator('#shown').textContent()).toBe(`显示 ${N} / ${N} 份`);
    expect(await rows()).toBe(100);
    expect(await long.locator('#more').textContent()).toBe(`显示更多（还有 ${N - 100} 份）`);
    // Asked for, without scrolling: the next hundred.
    await long.locator('#more').dispatchEvent('click');
    expect(await rows()).toBe(200);
    // Scrolled to: the rest.
    await long.locator('#more').scrollIntoViewIfNeeded();
    await long.waitForFunction((n) => document.querySelectorAll('#register tr.row').length === n, N);
    expect(await long.locator('#more').isVisible()).toBe(false);
  });

  it('filters and sorts over every application, built or not', async () => {
    await long.reload();
    await long.fill('#f-search', '第225号');
    expect(await long.locator('#register tr.row td:nth-child(2)').allTextContents()).toEqual(['第225号单位']);
    expect(await long.locator('#shown').textContent()).toBe(`显示 1 / ${N} 份`);
    await long.fill('#f-search', '');
    await long.locator('#register thead th', { hasText: '申请金额' }).click();
    await long.locator('#register thead th', { hasText: '申请金额' }).click();
    const first = await long.locator('#register tr.row').first().locator('td').allTextContents();
    expect([first[1], first[5]]).toEqual([`第${N}号单位`, String(N)]);
  });
});

describe('the money per line, beside its bar', () => {
  it('keeps each figure on one line with its unit (450 万元, 0.27 倍), whatever the column width', async () => {
    const figs = await page.locator('.chart .fig').allTextContents();
    expect(figs.length).toBeGreaterThan(0);
    for (const f of figs) expect(f).toMatch(/上限 \d+\u00a0万元，为上限的 [\d.—]+\u00a0倍/);
  });
});

describe('the money per line, printed', () => {
  it('keeps each line of the chart, its name, bar and figures, on one page, zh and en', async () => {
    expect(
      runCli(['check', 'inbox', '--format', 'html', '--output', 'chart-en.html', '--lang', 'en'], { cwd: dir }).status,
    ).toBe(1);
    const en = await context.newPage();
    try {
      await en.goto(pathToFileURL(join(dir, 'chart-en.html')).href);
      for (const p of [page, en]) {
        await p.emulateMedia({ media: 'print' });
        // Chrome breaks a grid between its rows; a cell that may not break takes its whole row over.
        const breakable = await p.$$eval('.chart > *', (cells) =>
          cells.filter((c) => getComputedStyle(c).breakInside !== 'avoid').map((c) => c.textContent),
        );
        await p.emulateMedia({ media: 'screen' });
        expect(await p.locator('.chart > *').count()).toBeGreaterThan(0);
        expect(breakable).toEqual([]);
      }
    } finally {
      await en.close();
    }
  });

  it('begins the chart on the first page under its heading: it may break between lines, a heading never from what it heads', async () => {
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => ({
      chart: getComputedStyle(document.querySelector('.chart')!).breakInside,
      headings: [...document.querySelectorAll('h2')].map((h) => `${h.textContent} ${getComputedStyle(h).breakAfter}`),
    }));
    await page.emulateMedia({ media: 'screen' });
    // Held whole, the chart of an intake over 19 lines, longer than an A4 page, left the first page blank
    // under 各方向申请金额与资助上限 and began on the second.
    expect(styles.chart).toBe('auto');
    expect(styles.headings).toEqual([
      '各方向申请金额与资助上限 avoid',
      '按管理科室 avoid',
      '在多份申请中出现的申报单位 avoid',
      '受理清单 avoid',
    ]);
  });
});

describe('the English report at 1280 pixels', () => {
  let en: Page;
  beforeAll(async () => {
    expect(
      runCli(['check', 'inbox', '--format', 'html', '--output', 'report-en.html', '--lang', 'en'], { cwd: dir }).status,
    ).toBe(1);
    en = await context.newPage();
    await en.goto(pathToFileURL(join(dir, 'report-en.html')).href);
  }, 120_000);

  it('shows every heading of the register whole, none cut short', async () => {
    const cut = await en.$$eval('#register thead th', (ths) =>
      ths.filter((th) => th.scrollWidth > th.clientWidth).map((th) => th.textContent),
    );
    expect(cut).toEqual([]);
    expect(await en.locator('#register thead th').allTextContents()).toContain('Requested (10,000 CNY)');
  });

  it("shows each line's office and count of applications whole under its name, where a long office hid the count", async () => {
    const hidden = await en.$$eval('.chart .name small', (smalls) =>
      smalls
        .filter((small) => {
          const box = small.parentElement!.getBoundingClientRect();
          return [...small.getClientRects()].some((r) => r.right > box.right + 0.5);
        })
        .map((small) => small.textContent),
    );
    expect(hidden).toEqual([]);
    for (const t of await en.locator('.chart .name small').allTextContents())
      expect(t).toMatch(/ · Applications\u00a0\d+$/);
  });

  it.each([1280, 390])("shows each line's whole title in the chart at %i pixels, zh and en", async (width) => {
    try {
      for (const p of [page, en]) {
        await p.setViewportSize({ width, height: 900 });
        // Cut to the window, the English titles of lines 1 to 4 read alike: Research and Application of Key Core Technologies…
        const cut = await p.$$eval('.chart .name', (names) =>
          names.filter((n) => n.scrollWidth > n.clientWidth + 0.5).map((n) => n.textContent),
        );
        expect(cut).toEqual([]);
        expect(await p.locator('.chart .name').count()).toBeGreaterThan(0);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('tells how to use the register in English punctuation', async () => {
    expect(await en.locator('.controls .note').textContent()).toBe(
      'Click a row for its findings; click a header to sort.',
    );
  });
});

describe('the register at every window width', () => {
  beforeAll(() => {
    const r = runCli(['check', 'inbox', '--format', 'html', '--output', 'widths-en.html', '--lang', 'en'], {
      cwd: dir,
    });
    expect(r.status).toBe(1);
  });

  /** The register's visible columns: heading, left and right edge; and how far the table runs past its box. */
  const layout = (p: Page) =>
    p.$eval('#register', (table) => ({
      columns: [...table.querySelectorAll(':scope > thead th')]
        .filter((th) => (th as HTMLElement).offsetParent !== null)
        .map((th) => {
          const r = th.getBoundingClientRect();
          return { text: th.textContent ?? '', left: r.left, right: r.right };
        }),
      overflow: table.parentElement!.scrollWidth - table.parentElement!.clientWidth,
    }));

  it.each([901, 1000, 1100, 1279, 1280, 1400])(
    'at %i pixels the title keeps room (ten characters or more), no two columns overlap, nothing runs off the side, zh and en',
    async (width) => {
      const en = await context.newPage();
      await en.goto(pathToFileURL(join(dir, 'widths-en.html')).href);
      try {
        for (const p of [page, en]) {
          // An open application: its facts span the columns shown, never those hidden.
          const row = p.locator('#register tbody.app:not(.open) tr.row').first();
          await row.click();
          await p.setViewportSize({ width, height: 900 });
          // A change of media is told to the page's script at its next frame.
          await p.evaluate(() => new Promise(requestAnimationFrame));
          const { columns, overflow } = await layout(p);
          const facts = await p.locator('#register tbody.open tr.detail > td').first().boundingBox();
          expect(facts!.x + facts!.width).toBeCloseTo(columns.at(-1)!.right, 0);
          await p.locator('#register tbody.open tr.row').first().click();
          expect(overflow).toBeLessThanOrEqual(0);
          for (let i = 1; i < columns.length; i++)
            expect(columns[i]!.left).toBeGreaterThanOrEqual(columns[i - 1]!.right - 0.5);
          const title = columns.find((c) => /项目名称|Project title/.test(c.text))!;
          expect(
            title.right - title.left,
            JSON.stringify(columns.map((c) => [c.text, Math.round(c.right - c.left)])),
          ).toBeGreaterThanOrEqual(140);
          // Tier, office and warnings give way below 1280 pixels; from there every column shows.
          expect(columns).toHaveLength(width < 1280 ? 7 : 10);
        }
      } finally {
        await en.close();
        await page.setViewportSize({ width: 1280, height: 900 });
      }
    },
  );
});

describe('the filters above the register', () => {
  beforeAll(() => {
    const r = runCli(['check', 'inbox', '--format', 'html', '--output', 'filters-en.html', '--lang', 'en'], {
      cwd: dir,
    });
    expect(r.status).toBe(1);
  });

  it.each([390, 1280])(
    'at %i pixels keep each filter name on one line and the search box as wide as what it says it searches, zh and en',
    async (width) => {
      const en = await context.newPage();
      await en.goto(pathToFileURL(join(dir, 'filters-en.html')).href);
      try {
        const seen: unknown[] = [];
        for (const p of [page, en]) {
          await p.setViewportSize({ width, height: 900 });
          seen.push(
            await p.evaluate(() => {
              const lines = [...document.querySelectorAll('.controls label')].flatMap((l) => {
                const name = l.firstChild!;
                if (name.nodeType !== Node.TEXT_NODE) return [];
                const r = document.createRange();
                r.selectNodeContents(name);
                const tops = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
                return [`${name.textContent!.trim()} ${tops.size}`];
              });
              // Typed into the box, its own words do not scroll it (the box keeps room for its clear button).
              const box = document.getElementById('f-search') as HTMLInputElement;
              box.value = box.placeholder;
              const fits = box.scrollWidth <= box.clientWidth;
              box.value = '';
              return [...lines, fits];
            }),
          );
        }
        // At 390 pixels 方向 stood 方 / 向 beside the line's list; at 220 pixels wide the box read 'Search applicant, title or fil'.
        expect(seen).toEqual([
          ['结论 1', '方向 1', '科室 1', true],
          ['Verdict 1', 'Line 1', 'Office 1', true],
        ]);
      } finally {
        await en.close();
        await page.setViewportSize({ width: 1280, height: 900 });
      }
    },
  );

  it.each([420, 800, 1000])(
    'stay within a window of %i pixels, the line whose title is longest among the choices too, zh and en',
    async (width) => {
      const en = await context.newPage();
      await en.goto(pathToFileURL(join(dir, 'filters-en.html')).href);
      try {
        for (const p of [page, en]) {
          await p.setViewportSize({ width, height: 900 });
          const { right, window, sideways } = await p.evaluate(() => ({
            right: Math.max(
              ...[...document.querySelectorAll('.controls *')].map((e) => e.getBoundingClientRect().right),
            ),
            window: document.documentElement.clientWidth,
            sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          }));
          expect(right).toBeLessThanOrEqual(window);
          expect(sideways).toBeLessThanOrEqual(0);
          // Every line is still there to choose.
          expect(await p.locator('#f-line option').last().textContent()).toMatch(/^16 /);
        }
      } finally {
        await en.close();
        await page.setViewportSize({ width: 1280, height: 900 });
      }
    },
  );
});

describe('the place of a finding, file:line:column', () => {
  const FOLDER = 'deep/2019-first-intake/qixing-district-enterprises/guilin-qixing-smart-iot-technology-co-ltd';
  const FILE = `${FOLDER}/application.yaml`;

  beforeAll(() => {
    mkdirSync(join(dir, FOLDER), { recursive: true });
    const text = readFileSync(join(ROOT, 'test/fixtures/check/漓江智慧旅游平台/application.yaml'), 'utf8');
    writeFileSync(join(dir, FILE), text.replace('requested: 120', 'requested: 160'));
    for (const lang of ['zh', 'en'])
      expect(
        runCli(['check', 'deep', '--format', 'html', '--output', `deep-${lang}.html`, '--lang', lang], { cwd: dir })
          .status,
      ).toBe(1);
  });

  it.each(['zh', 'en'])(
    'breaks only after a slash or a hyphen, never inside a word or its line and column, at 1280 and 900 pixels (%s)',
    async (lang) => {
      const p = await context.newPage();
      try {
        await p.goto(pathToFileURL(join(dir, `deep-${lang}.html`)).href);
        await p.locator('#register tr.row').first().click();
        const place = '#register tr.detail table.findings td:last-child code';
        expect(await p.locator(place).first().textContent()).toBe(`${FILE}:7:14`);
        for (const width of [1280, 900]) {
          await p.setViewportSize({ width, height: 900 });
          const cut = await breaks(p, place);
          // Too long for its column: it does break, each time where a reader breaks a path.
          expect(cut.length).toBeGreaterThan(0);
          expect(cut.filter((pair) => !/^[/-]/.test(pair))).toEqual([]);
          expect((await breaks(p, '#register tr.detail dd code')).filter((pair) => !/^[/-]/.test(pair))).toEqual([]);
        }
      } finally {
        await p.close();
      }
    },
  );

  it.each(['zh', 'en'])(
    'stays inside the register on a phone (390 pixels): an opened application, its places broken after a slash (%s)',
    async (lang) => {
      const p = await context.newPage();
      try {
        await p.setViewportSize({ width: 390, height: 900 });
        await p.goto(pathToFileURL(join(dir, `deep-${lang}.html`)).href);
        await p.locator('#register tr.row').first().click();
        const { box, outside } = await p.$eval('#register', (table) => {
          const right = table.parentElement!.getBoundingClientRect().right;
          return {
            box: right,
            outside: [...table.querySelectorAll('tr.detail > td *')]
              .map((e) => [e.textContent ?? '', e.getBoundingClientRect().right] as const)
              .filter(([, r]) => r > right + 0.5)
              .map(([t, r]) => `${t.slice(0, 40)} ${Math.round(r)}`),
          };
        });
        // The register's own columns may scroll sideways; what a row opens to stays on the screen.
        expect([box, outside]).toEqual([box, []]);
        const place = '#register tr.detail table.findings td:last-child code';
        expect(await p.locator(place).first().textContent()).toBe(`${FILE}:7:14`);
        const cut = await breaks(p, place);
        expect(cut.length).toBeGreaterThan(0);
        expect(cut.filter((pair) => !/^[/-]/.test(pair))).toEqual([]);
      } finally {
        await p.close();
      }
    },
  );
});

describe("the register's headings on a phone (390 pixels)", () => {
  beforeAll(() => {
    const r = runCli(['check', 'inbox', '--format', 'html', '--output', 'phone-en.html', '--lang', 'en'], { cwd: dir });
    expect(r.status).toBe(1);
  });

  it.each([
    ['zh', '审查报告.html', { '申请金额（万元）': ['额（'] }],
    ['en', 'phone-en.html', { 'Requested (10,000 CNY)': [' ('] }],
  ])('break between words only, a Chinese one only before its unit (%s)', async (_lang, file, expected) => {
    const p = await context.newPage();
    try {
      await p.setViewportSize({ width: 390, height: 900 });
      await p.goto(pathToFileURL(join(dir, file)).href);
      const heads = p.locator('#register > thead th');
      const cut: Record<string, string[]> = {};
      for (let i = 0; i < (await heads.count()); i++) {
        if (!(await heads.nth(i).isVisible())) continue;
        const at = await breaks(p, `#register > thead th:nth-child(${i + 1})`);
        if (at.length) cut[(await heads.nth(i).textContent())!] = at;
      }
      // It read 申请金 / 额（万 / 元）, 序 / 号, 申报单 / 位.
      expect(cut).toEqual(expected);
    } finally {
      await p.close();
    }
  });
});
