import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

/**
 * How long the HTML report takes to open in the system's headless Chromium: the
 * Navigation Timing of each of `runs` fresh loads (DOMContentLoaded: the page is read
 * and its script has run; load: everything is in), medians in ms.
 */
export async function openTimes(file: string, runs: number): Promise<{ dcl: number; load: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'gg-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    headless: true,
    viewport: { width: 1400, height: 1000 },
    offline: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const dcl: number[] = [];
    const load: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      await page.goto('about:blank');
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const t = await page.evaluate(() => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd };
      });
      // The first load warms the file cache and the browser: not counted.
      if (i > 0) dcl.push(t.dcl), load.push(t.load);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return { dcl: median(dcl), load: median(load) };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// `node dist-bench/bench/open-html.js REPORT.html [runs]`
if (process.argv[1]?.endsWith('open-html.js')) {
  const [file, runs] = process.argv.slice(2);
  if (!file) throw new Error('usage: open-html.js REPORT.html [runs]');
  const t = await openTimes(file, Number(runs ?? 5));
  console.log(`DOMContentLoaded ${t.dcl.toFixed(0)} ms, load ${t.load.toFixed(0)} ms`);
}
