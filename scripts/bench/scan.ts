// The page scanner in real Chromium: `scanDocument` over a ~500 KB page built from the demo
// sites' real markup, beside the page's own `document.body.innerText` read in the same run.
// `lib/extract` is bundled with esbuild exactly as the extension's /scan.js inlines it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findBrowser, NO_BROWSER_MESSAGE, ROOT } from '../lib/chromium';
import type { BenchRow } from '../bench';

const RUNS = 21;
const TARGET_BYTES = 500 * 1024;
const PAGE_URL = 'http://www.tehnoprom.test/contacts.html';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The demo sites' page bodies (contacts, about, team in two languages) repeated to ~500 KB. */
export async function buildBenchPage(targetBytes = TARGET_BYTES): Promise<string> {
  const sites = join(ROOT, 'test/fixtures/sites');
  const files = [
    'tehnoprom/contacts.html',
    'tehnoprom/about.html',
    'tehnoprom/team.html',
    'northwind/contacts.html',
    'northwind/about.html',
    'northwind/team.html',
  ];
  const pages = await Promise.all(files.map((f) => readFile(join(sites, f), 'utf8')));
  const head = /<head>[\s\S]*?<\/head>/i.exec(pages[0]!)?.[0] ?? '<head></head>';
  const bodies = pages.map((p) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(p)?.[1] ?? '');
  const parts: string[] = [];
  let size = head.length;
  for (let i = 0; size < targetBytes; i++) {
    const body = `<section data-copy="${i}">${bodies[i % bodies.length]}</section>\n`;
    parts.push(body);
    size += Buffer.byteLength(body);
  }
  return `<!doctype html><html lang="ru">${head}<body>${parts.join('')}</body></html>`;
}

const WEBSTRUCT = join(ROOT, '../shared/testdata/extraction/webstruct_business_pages_dev');

/**
 * ~500 KB of distinct real business pages (webstruct dev, in its index order), no page twice:
 * the scanner judges each distinct line once, so the repeated demo page flatters it. Scripts and
 * styles are dropped (a scan never reads them). Null when the shared test data is not there.
 */
export async function buildDistinctPage(targetBytes = TARGET_BYTES): Promise<string | null> {
  let index: string;
  try {
    index = await readFile(join(WEBSTRUCT, 'INDEX.tsv'), 'utf8');
  } catch {
    return null;
  }
  const files = index
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0])
    .filter((f): f is string => Boolean(f));
  const parts: string[] = [];
  let size = 0;
  for (const [i, file] of files.entries()) {
    if (size >= targetBytes) break;
    const html = await readFile(join(WEBSTRUCT, file), 'utf8');
    const body = (/<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html)
      .replace(/<script[\s\S]*?<\/script>/gi, '')
      .replace(/<style[\s\S]*?<\/style>/gi, '');
    const section = `<section data-page="${i}">${body}</section>\n`;
    parts.push(section);
    size += Buffer.byteLength(section);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body>${parts.join('')}</body></html>`;
}

// Per-stage timings (DEALBRIEF_SCAN_PROFILE=1): the same steps as scanDocument, each timed, so a
// regression can be pinned on one extractor without attaching a profiler.
const PROFILE_ENTRY = `
import { scanDocument } from './lib/extract';
import { extractAddresses } from './lib/extract/address';
import { extractEmails } from './lib/extract/emails';
import { readHCards } from './lib/extract/hcard';
import { extractIds } from './lib/extract/ids';
import { readJsonLd } from './lib/extract/jsonld';
import { readMicrodata } from './lib/extract/microdata';
import { extractOrg } from './lib/extract/org';
import { extractPeople } from './lib/extract/people';
import { extractPhones } from './lib/extract/phones';
import { extractSocials } from './lib/extract/socials';
import { defaultRegion, pageLang } from './lib/extract/region';
import { buildTextModel } from './lib/extract/text';
globalThis.dealbriefScan = scanDocument;
globalThis.dealbriefProfile = (doc, url) => {
  const t = {};
  let t0 = performance.now();
  const lap = (k) => { const n = performance.now(); t[k] = n - t0; t0 = n; };
  const region = defaultRegion(url, pageLang(doc, undefined));
  const model = buildTextModel(doc); lap('textModel');
  const jl = readJsonLd(doc); lap('jsonld');
  const md = readMicrodata(doc); lap('microdata');
  const hc = readHCards(doc, url); lap('hcard');
  const sd = [...jl, ...md, ...hc];
  const org = extractOrg(doc, model, url, sd); lap('org');
  extractPhones(doc, model, region, sd); lap('phones');
  extractEmails(doc, model, sd); lap('emails');
  extractAddresses(model, sd); lap('addresses');
  extractIds(model, sd); lap('ids');
  extractSocials(doc, sd); lap('socials');
  extractPeople(model, sd, [org.legalName, org.brand].filter(Boolean)); lap('people');
  return t;
};`;

async function bundleScanner(): Promise<string> {
  const out = await build({
    stdin: {
      contents: PROFILE_ENTRY,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

async function printStages(page: import('playwright-core').Page): Promise<void> {
  const stages = (await page.evaluate(`(() => {
    const runs = [];
    for (let i = 0; i < ${RUNS}; i++) {
      document.body.style.paddingTop = (i % 2) + 'px';
      const stages = globalThis.dealbriefProfile(document, location.href);
      // The whole scan interleaved with the staged one, so both see the same machine load.
      const t = performance.now();
      globalThis.dealbriefScan(document, { url: location.href });
      stages.wholeScan = performance.now() - t;
      runs.push(stages);
    }
    return runs;
  })()`)) as Array<Record<string, number>>;
  for (const key of Object.keys(stages[0] ?? {}))
    console.log(`  ${key.padEnd(10)} ${median(stages.map((s) => s[key]!)).toFixed(2)} ms`);
}

interface ScanTimes {
  scan: number[];
  innerText: number[];
  facts: number;
}

/** Scans `html` RUNS times in `page`, each beside a fresh `innerText` read. */
async function timeScans(
  page: import('playwright-core').Page,
  html: string,
  scanner: string,
): Promise<ScanTimes> {
  await page.unroute('**/*');
  await page.route('**/*', (route) =>
    route.request().url() === PAGE_URL
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto(PAGE_URL);
  await page.addScriptTag({ content: scanner });
  return (await page.evaluate(
    `(() => {
      const scan = globalThis.dealbriefScan;
      const out = { scan: [], innerText: [], facts: 0 };
      // Warm both paths once (JIT, first layout).
      scan(document, { url: location.href });
      void document.body.innerText.length;
      for (let i = 0; i < ${RUNS}; i++) {
        // A style change per run dirties layout, so neither path reads a warm cache.
        document.body.style.paddingTop = (i % 2) + 'px';
        let t = performance.now();
        const r = scan(document, { url: location.href });
        out.scan.push(performance.now() - t);
        out.facts = r.phones.length + r.emails.length + r.ids.length + r.people.length;
        document.body.style.paddingTop = ((i + 1) % 2) + 'px';
        t = performance.now();
        void document.body.innerText.length;
        out.innerText.push(performance.now() - t);
      }
      return out;
    })()`,
  )) as ScanTimes;
}

export async function runScanBenchmarks(): Promise<BenchRow[]> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  const [html, distinct, scanner] = await Promise.all([
    buildBenchPage(),
    buildDistinctPage(),
    bundleScanner(),
  ]);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const rows: BenchRow[] = [];
    const pages: Array<[string, string | null]> = [
      ['demo pages repeated', html],
      ['distinct real business pages', distinct],
    ];
    for (const [label, body] of pages) {
      if (body === null) {
        console.log(`  (${label}: ../shared/testdata is not here, skipped)`);
        continue;
      }
      const t = await timeScans(page, body, scanner);
      if (process.env.DEALBRIEF_SCAN_PROFILE) await printStages(page);
      if (t.facts === 0) throw new Error(`the scanner found nothing on the bench page (${label})`);
      const kb = Math.round(Buffer.byteLength(body) / 1024);
      rows.push({
        name: `page scan, ${kb} KB, ${label} (median of ${RUNS})`,
        figure: median(t.scan),
        unit: 'ms',
        reference: { name: 'document.body.innerText read', value: median(t.innerText) },
        goal: { kind: 'max', value: 30 },
      });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
