// Benchmarks of the decision-maker map, in real Chromium: the map of a 40-person buying group
// rendered with React into a 400 px panel (beside an empty map), and the "who decides" statistics
// over 10,000 prospects × 5 people (beside reading the same rows from IndexedDB).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { extensionId, launchWithExtension, ROOT } from '../lib/chromium';
import type { BenchRow } from '../bench';

const PROSPECTS = 10_000;
const PER_PROSPECT = 5;
const MAP_PEOPLE = 40;

/** A minimal extension holding only the bench page: an extension origin, storage, no build. */
async function prepareBenchExtension(dir: string): Promise<void> {
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'DealBrief people bench',
      version: '0.0.1',
      permissions: ['storage', 'unlimitedStorage'],
      background: { service_worker: 'worker.js' },
    }),
  );
  await writeFile(join(dir, 'worker.js'), '// the id comes from the worker URL\n');
  await build({
    entryPoints: [join(ROOT, 'scripts/bench/peoplePage.tsx')],
    bundle: true,
    format: 'esm',
    outfile: join(dir, 'bench.js'),
    minify: true,
    jsx: 'automatic',
    define: {
      'import.meta.env.MANIFEST_VERSION': '3',
      'import.meta.env.BROWSER': '"chrome"',
      'process.env.NODE_ENV': '"production"',
    },
    alias: {
      'wxt/browser': join(ROOT, 'node_modules/webextension-polyfill/dist/browser-polyfill.js'),
    },
    loader: { '.css': 'empty' },
    logLevel: 'error',
  });
  await writeFile(
    join(dir, 'bench.html'),
    '<!doctype html><meta charset="utf-8"><body><script type="module" src="bench.js"></script></body>',
  );
}

type Api = {
  seed: (prospects: number, per: number) => Promise<number>;
  stats: (runs: number) => Promise<{ read: number; stats: number; rows: number }>;
  render: (n: number, runs: number) => { ms: number; nodes: number };
};

export async function runPeopleBenchmarks(): Promise<BenchRow[]> {
  const ext = await mkdtemp(join(tmpdir(), 'dealbrief-people-bench-ext-'));
  const profile = await mkdtemp(join(tmpdir(), 'dealbrief-people-bench-'));
  await prepareBenchExtension(ext);
  const context = await launchWithExtension({
    userDataDir: profile,
    headless: true,
    extensionDir: ext,
  });
  try {
    const id = await extensionId(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/bench.html`);
    await page.waitForFunction(() => 'peopleBench' in globalThis);
    // Warm-up (JIT, first React mount), then the measured runs.
    const render = (n: number, runs: number) =>
      page.evaluate(
        ([n, runs]) => (globalThis as unknown as { peopleBench: Api }).peopleBench.render(n, runs),
        [n, runs] as const,
      );
    await render(MAP_PEOPLE, 3);
    const empty = await render(0, 21);
    const full = await render(MAP_PEOPLE, 21);
    if (full.nodes !== MAP_PEOPLE)
      throw new Error(`map drew ${full.nodes} of ${MAP_PEOPLE} people`);

    const count = await page.evaluate(
      ([p, k]) => (globalThis as unknown as { peopleBench: Api }).peopleBench.seed(p, k),
      [PROSPECTS, PER_PROSPECT] as const,
    );
    if (count !== PROSPECTS * PER_PROSPECT) throw new Error(`seeded ${count} people`);
    const statsRuns = (runs: number) =>
      page.evaluate(
        (r) => (globalThis as unknown as { peopleBench: Api }).peopleBench.stats(r),
        runs,
      );
    await statsRuns(1);
    const stats = await statsRuns(7);
    if (stats.rows === 0) throw new Error('role statistics found no positions');

    return [
      {
        name: `decision-maker map render (${MAP_PEOPLE} people, 400 px)`,
        figure: full.ms,
        unit: 'ms',
        reference: { name: 'empty map render', value: empty.ms },
        goal: { kind: 'max', value: 100 },
      },
      {
        name: `role statistics (${PROSPECTS.toLocaleString('en')} prospects × ${PER_PROSPECT} people)`,
        figure: stats.stats,
        unit: 'ms',
        reference: { name: 'reading the same rows from IndexedDB', value: stats.read },
        goal: { kind: 'max', value: 200 },
      },
    ];
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await rm(ext, { recursive: true, force: true });
  }
}
