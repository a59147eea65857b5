import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { EXTENSION_DIR, extensionId, launchWithExtension, ROOT, tabIdOf } from '../lib/chromium';
import { startSiteServer } from '../lib/siteServer';
import type { Page } from 'playwright-core';
import type { BenchRow } from '../bench';

const PROSPECTS = 10_000;
const RUNS = 21;
const BENCH_EXT = resolve(ROOT, '.bench/chrome-mv3');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Gzipped size of what opening the side panel loads: its HTML (with the inlined stylesheet), the
 * first paint's script, and the app's modules that the first paint wakes (`data-src`, preloads).
 */
async function initialPanelBytes(dir: string): Promise<number> {
  const html = await readFile(join(dir, 'sidepanel.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  let total = gzipSync(html).length;
  for (const ref of new Set(refs))
    total += gzipSync(await readFile(join(dir, ref.replace(/^\//, '')))).length;
  return total;
}

/** A copy of the built extension plus a blank page and the bench page (never shipped). */
async function prepareBenchExtension(): Promise<void> {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  await rm(BENCH_EXT, { recursive: true, force: true });
  await cp(EXTENSION_DIR, BENCH_EXT, { recursive: true });
  await writeFile(
    join(BENCH_EXT, 'blank.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>',
  );
  // The same blank page with one line of text: the reference for a moment of painting.
  await writeFile(
    join(BENCH_EXT, 'one-line.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>one line</title></head><body>' +
      '<h1 elementtiming="line">ТехноПром</h1></body></html>',
  );
  await build({
    entryPoints: [join(ROOT, 'test/bench/page.ts')],
    bundle: true,
    format: 'esm',
    outfile: join(BENCH_EXT, 'bench.js'),
    minify: true,
    define: { 'import.meta.env.MANIFEST_VERSION': '3', 'import.meta.env.BROWSER': '"chrome"' },
    alias: {
      'wxt/browser': join(ROOT, 'node_modules/webextension-polyfill/dist/browser-polyfill.js'),
    },
    logLevel: 'error',
  });
  await writeFile(
    join(BENCH_EXT, 'bench.html'),
    '<!doctype html><meta charset="utf-8"><script type="module" src="bench.js"></script>',
  );
}

/**
 * When the page's Element Timing element was painted (ms from its navigation start), or null:
 * the moment the frame with it was presented, not merely when it was put into the page.
 */
function paintedAt(page: Page): Promise<number | null> {
  return page.evaluate(
    () =>
      new Promise<number | null>((resolve) => {
        const observer = new PerformanceObserver((list) => {
          const entry = list.getEntries()[0] as
            (PerformanceEntry & { renderTime: number }) | undefined;
          if (entry) resolve(entry.renderTime || entry.startTime);
          observer.disconnect();
        });
        observer.observe({ type: 'element', buffered: true });
        setTimeout(() => resolve(null), 1000);
      }),
  );
}

export async function runPanelBenchmarks(): Promise<BenchRow[]> {
  await prepareBenchExtension();
  const sites = await startSiteServer();
  const dir = await mkdtemp(join(tmpdir(), 'dealbrief-bench-'));
  const context = await launchWithExtension({
    userDataDir: dir,
    headless: true,
    mapTestHostsTo: '127.0.0.1',
    extensionDir: BENCH_EXT,
  });
  try {
    const id = await extensionId(context);
    const benchPage = await context.newPage();
    await benchPage.goto(`chrome-extension://${id}/bench.html`);
    await benchPage.waitForFunction(() => 'dealbriefBench' in globalThis);
    // 10,000 prospects; the one the panel will look for sits in the middle.
    await benchPage.evaluate(async (n) => {
      const api = (
        globalThis as unknown as {
          dealbriefBench: { seed: (n: number, f: (i: number) => string) => Promise<void> };
        }
      ).dealbriefBench;
      await api.seed(n, (i) => (i === 5000 ? 'tehnoprom.test' : `company-${i}.ru`));
    }, PROSPECTS);

    const lookup = await benchPage.evaluate(async (n) => {
      const api = (
        globalThis as unknown as {
          dealbriefBench: {
            lookups: (
              n: number,
              f: (i: number) => string,
              r: number,
            ) => Promise<{ app: number; raw: number }>;
          };
        }
      ).dealbriefBench;
      return api.lookups(n, (i) => (i === 5000 ? 'tehnoprom.test' : `company-${i}.ru`), 500);
    }, PROSPECTS);

    const site = await context.newPage();
    await site.goto(sites.url('www.tehnoprom.test', '/contacts.html'));
    const tabId = await tabIdOf(benchPage, site);
    const page = await context.newPage();
    // Open → shown, on the wall clock: from just before asking for the page to the moment in the
    // page's own timeline (its time origin is on the same clock), so the test driver's polling
    // and round trips are not counted for either page. The blank page's moment is its load event.
    const panelTimes: number[] = [];
    const blankTimes: number[] = [];
    // The same moments from each page's navigation start only.
    const panelShownAt: number[] = [];
    const panelInsertedAt: number[] = [];
    const panelInteractiveAt: number[] = [];
    const blankLoadedAt: number[] = [];
    const oneLinePaintedAt: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`chrome-extension://${id}/one-line.html`, { waitUntil: 'load' });
      const line = await paintedAt(page);
      if (line === null) throw new Error('the one-line page reported no paint');
      oneLinePaintedAt.push(line);

      let start = Date.now();
      await page.goto(`chrome-extension://${id}/blank.html`, { waitUntil: 'load' });
      const blank = await page.evaluate(() => ({
        origin: performance.timeOrigin,
        loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          .loadEventEnd,
      }));
      blankTimes.push(blank.origin + blank.loaded - start);
      blankLoadedAt.push(blank.loaded);

      start = Date.now();
      await page.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`, {
        waitUntil: 'commit',
      });
      // Interactive: the app's editable name field (the first paint shows the name before it).
      await page.getByRole('textbox', { name: 'Company name' }).waitFor();
      const painted = await paintedAt(page);
      const marks = await page.evaluate(() => ({
        origin: performance.timeOrigin,
        shown: performance.getEntriesByName('dealbrief:site-shown').map((m) => m.startTime),
        interactive: performance
          .getEntriesByName('dealbrief:site-interactive')
          .map((m) => m.startTime),
      }));
      if (painted === null)
        throw new Error('the first paint did not paint the prospect name (Element Timing)');
      if (marks.shown.length !== 1 || marks.interactive.length !== 1)
        throw new Error('panel did not mark the prospect as shown and interactive');
      panelTimes.push(marks.origin + painted - start);
      panelShownAt.push(painted);
      panelInsertedAt.push(marks.shown[0]!);
      panelInteractiveAt.push(marks.interactive[0]!);
    }
    const bytes = await initialPanelBytes(BENCH_EXT);
    return [
      {
        name: `panel open → prospect name painted (${PROSPECTS.toLocaleString('en')})`,
        figure: median(panelTimes),
        unit: 'ms',
        reference: { name: 'blank extension page load', value: median(blankTimes) },
        goal: { kind: 'ratio', value: 1.5 },
      },
      {
        name: `  same, from navigation start`,
        figure: median(panelShownAt),
        unit: 'ms',
        reference: { name: 'blank page load event', value: median(blankLoadedAt) },
        goal: { kind: 'ratio', value: 1.5 },
      },
      {
        name: `  same, beside a one-line page's paint`,
        figure: median(panelShownAt),
        unit: 'ms',
        reference: { name: 'one-line page painted', value: median(oneLinePaintedAt) },
        goal: { kind: 'ratio', value: 1.5 },
      },
      {
        name: `  name put in the page (before its frame)`,
        figure: median(panelInsertedAt),
        unit: 'ms',
        reference: { name: 'blank page load event', value: median(blankLoadedAt) },
        goal: { kind: 'ratio', value: 1.5 },
      },
      {
        name: `  app loaded, name editable`,
        figure: median(panelInteractiveAt),
        unit: 'ms',
        reference: { name: 'blank page load event', value: median(blankLoadedAt) },
        goal: { kind: 'max', value: 300 },
      },
      {
        name: `prospect lookup by domain (${PROSPECTS.toLocaleString('en')})`,
        figure: lookup.app,
        unit: 'ms',
        reference: { name: 'raw IndexedDB index get', value: lookup.raw },
        goal: { kind: 'max', value: 5 },
      },
      {
        name: 'side-panel HTML+JS+CSS loaded at open, gzipped',
        figure: bytes / 1024,
        unit: 'KB',
        goal: { kind: 'max', value: 200 },
      },
    ];
  } finally {
    await context.close();
    await sites.close();
    await rm(dir, { recursive: true, force: true });
  }
}
