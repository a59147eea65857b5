// Evaluate the USP matcher and composer on case files (shared/testdata/usp/README.md format).
// Usage: tsx scripts/eval-usp.ts [--verbose] [--check] FILE.json…
//   --verbose  print every pain with its answer, not only the misses
//   --check    exit 1 unless top-1 ≥ 0.95 and there are no distractor claims
import { readFileSync } from 'node:fs';
import { UspCaseFile } from '../lib/usp/cases';
import { evaluateCase, totals, type CaseReport } from '../lib/usp/evaluate';

const TOP1_TARGET = 0.95;

function pct(x: number): string {
  return x.toFixed(3);
}

function printCase(r: CaseReport, verbose: boolean): void {
  console.log(
    `${r.id} [${r.lang}]  top-1 ${r.top1Correct}/${r.top1Total}  distractor claims ${r.distractorClaims}  unanswered ${r.unanswered}`,
  );
  for (const p of r.pains) {
    if (!verbose && (p.verdict === 'correct' || p.verdict === 'gap_ok')) continue;
    const ans = p.answer === null ? 'gap' : `#${p.answer}`;
    const exp = p.expected === null ? 'none' : `#${p.expected}`;
    console.log(
      `    ${p.verdict.padEnd(20)} answer ${ans} (score ${p.score}) expected ${exp}: ${p.pain}`,
    );
  }
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  const check = argv.includes('--check');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: eval-usp [--verbose] [--check] FILE.json…');
    return 2;
  }
  const reports: CaseReport[] = [];
  for (const file of files) {
    const parsed = UspCaseFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    console.log(`# ${file}`);
    for (const c of parsed.cases) {
      const r = evaluateCase(c);
      reports.push(r);
      printCase(r, verbose);
    }
  }
  const lines: Array<[string, CaseReport[]]> = [
    ['ru', reports.filter((r) => r.lang === 'ru')],
    ['en', reports.filter((r) => r.lang === 'en')],
    ['total', reports],
  ];
  console.log('');
  for (const [label, rs] of lines) {
    if (rs.length === 0) continue;
    const t = totals(rs);
    console.log(
      `${label.padEnd(6)} cases ${t.cases}  top-1 ${pct(t.top1)} (${t.top1Correct}/${t.top1Total})  distractor claims ${t.distractorClaims}  unanswered ${t.unanswered}`,
    );
  }
  const draftMismatch = reports.filter((r) => r.draftDistractorLines !== r.distractorClaims);
  if (draftMismatch.length > 0) {
    console.log(
      `warning: draft and matcher disagree on distractors in ${draftMismatch.map((r) => r.id).join(', ')}`,
    );
  }
  const all = totals(reports);
  if (check && (all.top1 < TOP1_TARGET || all.distractorClaims > 0)) return 1;
  return 0;
}

process.exitCode = main(process.argv.slice(2));
