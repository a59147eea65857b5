/**
 * `npm run bench`: every benchmark, one run, one table. Each figure is printed beside a
 * reference measured in the same run on the same machine, with the ratio and the goal.
 */
import { runDashboardBenchmarks } from './bench/dashboard';
import { runPanelBenchmarks } from './bench/panel';
import { runPeopleBenchmarks } from './bench/people';
import { runScanBenchmarks } from './bench/scan';
import { runUspBenchmarks } from './bench/usp';

export interface BenchRow {
  name: string;
  figure: number;
  unit: string;
  reference?: { name: string; value: number };
  goal: { kind: 'ratio' | 'max'; value: number };
}

function holds(row: BenchRow): boolean {
  if (row.goal.kind === 'max') return row.figure <= row.goal.value;
  return row.reference ? row.figure / row.reference.value <= row.goal.value : false;
}

function format(value: number, unit: string): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

export function printTable(rows: BenchRow[]): boolean {
  const lines = rows.map((row) => {
    const ratio = row.reference ? `${(row.figure / row.reference.value).toFixed(2)}×` : '–';
    const goal =
      row.goal.kind === 'ratio'
        ? `≤ ${row.goal.value}× ref`
        : `≤ ${format(row.goal.value, row.unit)}`;
    return [
      row.name,
      format(row.figure, row.unit),
      row.reference ? `${row.reference.name}: ${format(row.reference.value, row.unit)}` : '–',
      ratio,
      goal,
      holds(row) ? 'yes' : 'NO',
    ];
  });
  const header = ['benchmark', 'figure', 'reference (same run)', 'ratio', 'goal', 'holds'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const line of lines) console.log(fmt(line));
  return rows.every(holds);
}

async function main() {
  const rows: BenchRow[] = [];
  // One after another: each launches its own browser, and they must not compete for the CPU.
  const suites: [string, () => Promise<BenchRow[]>][] = [
    ['panel', runPanelBenchmarks],
    ['scan', runScanBenchmarks],
    ['people', runPeopleBenchmarks],
    ['usp', runUspBenchmarks],
    ['dashboard', runDashboardBenchmarks],
  ];
  const only = process.argv.slice(2);
  for (const [name, run] of suites) {
    if (only.length && !only.includes(name)) continue;
    console.log(`\n== ${name}`);
    rows.push(...(await run()));
  }
  console.log('');
  const ok = printTable(rows);
  console.log(ok ? '\nAll goals hold.' : '\nSome goals do not hold (see "NO").');
}

await main();
