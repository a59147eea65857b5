// npm run eval:extract -- DIR…: precision/recall/F1 per fact type and per directory, over
// labelled pages (our NAME.gold.json, webstruct WebAnnotator pages, extruct/microformats
// expectations). Directories are walked recursively.
import { relative } from 'node:path';
import type { FactType } from '../lib/extract/gold';
import { FACT_TYPES } from '../lib/extract/gold';
import { scanDocument } from '../lib/extract/index';
import { addCounts, prf, scorePage, type Counts } from '../lib/extract/score';
import { loadLabelledPage, walkHtml } from './lib/pages';

function fmt(n: number): string {
  return n.toFixed(3);
}

function table(title: string, totals: Partial<Record<FactType, Counts>>): string {
  const rows = [
    `${title}`,
    `  ${'fact'.padEnd(12)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp/fp/fn`,
  ];
  for (const t of FACT_TYPES) {
    const c = totals[t];
    if (!c) continue;
    const { p, r, f1 } = prf(c);
    rows.push(
      `  ${t.padEnd(12)} ${fmt(p).padStart(6)} ${fmt(r).padStart(6)} ${fmt(f1).padStart(6)}   ${c.tp}/${c.fp}/${c.fn}`,
    );
  }
  return rows.join('\n');
}

function main(argv: string[]): number {
  const verbose = argv.includes('-v') || argv.includes('--verbose');
  const dirs = argv.filter((a) => !a.startsWith('-'));
  if (dirs.length === 0) {
    console.error('usage: eval-extract [-v] DIR…');
    return 2;
  }
  const grand: Partial<Record<FactType, Counts>> = {};
  for (const dir of dirs) {
    const totals: Partial<Record<FactType, Counts>> = {};
    const skipped: string[] = [];
    let pages = 0;
    let unscorable = 0;
    const times: number[] = [];
    for (const file of walkHtml(dir)) {
      const page = loadLabelledPage(file);
      if (page.kind === 'skipped') {
        skipped.push(`${relative(dir, file)}: ${page.reason}`);
        continue;
      }
      const t0 = performance.now();
      const result = scanDocument(
        page.doc,
        page.gold.lang ? { url: page.url, lang: page.gold.lang } : { url: page.url },
      );
      times.push(performance.now() - t0);
      const s = scorePage(page.gold, result);
      addCounts(totals, s);
      addCounts(grand, s);
      unscorable += page.gold.unscorable;
      pages++;
      if (verbose) {
        const bad = FACT_TYPES.filter((t) => s[t] && (s[t].fp > 0 || s[t].fn > 0)).map(
          (t) => `${t} ${s[t]!.tp}/${s[t]!.fp}/${s[t]!.fn}`,
        );
        if (bad.length || s.decoyHits.length)
          console.log(
            `  ${relative(dir, file)} [${page.kind}] ${bad.join(', ')} ${s.decoyHits.length ? `DECOYS: ${s.decoyHits.join('; ')}` : ''}`,
          );
      }
    }
    times.sort((a, b) => a - b);
    const median = times.length ? times[Math.floor(times.length / 2)]! : 0;
    console.log(
      table(`${dir}: ${pages} pages scored, median scan ${median.toFixed(1)} ms (jsdom)`, totals),
    );
    if (unscorable)
      console.log(
        `  note: ${unscorable} labelled phone(s) could not be normalised to E.164 (no area code) and were not scored`,
      );
    if (skipped.length)
      console.log(`  skipped ${skipped.length}:\n${skipped.map((s) => `    ${s}`).join('\n')}`);
    console.log('');
  }
  if (dirs.length > 1) console.log(table('ALL', grand));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
