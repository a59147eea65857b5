import { benchUsp } from '../../lib/usp/bench';
import type { BenchRow } from '../bench';

/**
 * The USP draft's budget: matching and composing a brief of 30 needs against an offer of 50
 * properties, beside tokenising and stemming the same texts alone in the same run (the part of
 * the work no matcher can avoid), so a slow machine does not pass for a slow matcher.
 */
export async function runUspBenchmarks(): Promise<BenchRow[]> {
  const { matchComposeMs, tokeniseOnlyMs } = benchUsp();
  return [
    {
      name: 'USP match + compose (30 needs × 50 properties)',
      figure: matchComposeMs,
      unit: 'ms',
      reference: { name: 'tokenise + stem the same texts', value: tokeniseOnlyMs },
      goal: { kind: 'max', value: 20 },
    },
  ];
}
