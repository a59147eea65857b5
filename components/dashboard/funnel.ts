import { isBriefComplete } from '@/lib/brief/completeness';
import type { ProspectSummary } from '@/lib/io/summaries';
import { STAGES, type Prospect, type Stage } from '@/lib/model';

/** The funnel's stages in order; `lost` is a way out of the funnel, not a step of it. */
export const FUNNEL_STAGES = STAGES.filter((s): s is Exclude<Stage, 'lost'> => s !== 'lost');
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/**
 * DOMAIN.md: more than 50% of meetings produce a filled brief (so 50% itself is below); 10–30%
 * end in a contract (both ends within).
 */
export const NORMS = {
  brief: { min: 0.5, max: 1, minExclusive: true },
  contract: { min: 0.1, max: 0.3, minExclusive: false },
} as const;

/** A prospect as the funnel sees it: its stages, and what its needs brief still lacks. */
export interface FunnelRow extends Pick<ProspectSummary, 'missing'> {
  prospect: Pick<Prospect, 'stage' | 'stageHistory'>;
}

export interface FunnelStep {
  stage: FunnelStage;
  /** Prospects that reached this stage (now there or further, or lost after getting there). */
  reached: number;
  /** Prospects at this stage now. */
  current: number;
  /** reached / reached of the previous stage; null for the first stage or an empty previous one. */
  conversion: number | null;
}

export interface NormCheck {
  actual: number | null;
  min: number;
  max: number;
  /** The norm says "more than `min`": `min` itself is below it. */
  minExclusive: boolean;
  verdict: 'below' | 'within' | 'above' | 'no_data';
}

export interface Funnel {
  total: number;
  lost: number;
  steps: FunnelStep[];
  /** Filled briefs (needs identified with a complete brief) per meeting (first contact reached). */
  brief: NormCheck;
  /** Prospects set to needs identified (or further) whose brief is not filled in: not counted. */
  briefsUnfilled: number;
  /** Contracts per meeting. */
  contract: NormCheck;
}

const INDEX = new Map<Stage, number>(FUNNEL_STAGES.map((s, i) => [s, i]));

/**
 * The funnel stage a prospect got to: its current stage, or for a lost one the stage it held just
 * before it was (last) lost. Moves the rep undid – a mis-click corrected back – do not count; the
 * history is only read to find where a lost deal left the funnel.
 */
export function furthestStage(p: Pick<Prospect, 'stage' | 'stageHistory'>): number {
  if (p.stage !== 'lost') return INDEX.get(p.stage) ?? 0;
  const history = p.stageHistory;
  let i = history.length - 1;
  // The last `lost` entry (a record without one, say an old import, is read from its end)…
  while (i >= 0 && history[i]!.stage !== 'lost') i--;
  if (i < 0) i = history.length;
  // …and the funnel stage before it; none means it was lost from the stage it was created at.
  for (i--; i >= 0; i--) {
    const stage = INDEX.get(history[i]!.stage);
    if (stage !== undefined) return stage;
  }
  return 0;
}

function check(
  numerator: number,
  denominator: number,
  norm: { min: number; max: number; minExclusive: boolean },
): NormCheck {
  if (denominator === 0) return { actual: null, ...norm, verdict: 'no_data' };
  const actual = numerator / denominator;
  const below = norm.minExclusive ? actual <= norm.min : actual < norm.min;
  const verdict = below ? 'below' : actual > norm.max ? 'above' : 'within';
  return { actual, ...norm, verdict };
}

const NEEDS_IDENTIFIED = INDEX.get('needs_identified')!;

/**
 * Reached and current per stage, and the norms. The stage counts are the stages the reps set; the
 * brief norm counts "needs identified" only with a filled brief (DOMAIN.md), and says how many
 * were set without one.
 */
export function computeFunnel(rows: readonly FunnelRow[]): Funnel {
  const reached = FUNNEL_STAGES.map(() => 0);
  const current = FUNNEL_STAGES.map(() => 0);
  let lost = 0;
  let filledBriefs = 0;
  for (const { prospect: p, missing } of rows) {
    const furthest = furthestStage(p);
    for (let i = 0; i <= furthest; i++) reached[i]! += 1;
    if (furthest >= NEEDS_IDENTIFIED && isBriefComplete({ missing })) filledBriefs += 1;
    if (p.stage === 'lost') lost += 1;
    else current[INDEX.get(p.stage) ?? 0]! += 1;
  }
  const steps = FUNNEL_STAGES.map((stage, i) => ({
    stage,
    reached: reached[i]!,
    current: current[i]!,
    conversion: i === 0 || reached[i - 1] === 0 ? null : reached[i]! / reached[i - 1]!,
  }));
  const meetings = reached[INDEX.get('first_contact')!]!;
  return {
    total: rows.length,
    lost,
    steps,
    brief: check(filledBriefs, meetings, NORMS.brief),
    briefsUnfilled: reached[NEEDS_IDENTIFIED]! - filledBriefs,
    contract: check(reached[INDEX.get('contract')!]!, meetings, NORMS.contract),
  };
}

/** The funnel of each owner (rep), owners in name order, "no owner" last. */
export function funnelsByOwner(
  rows: readonly (FunnelRow & { prospect: Pick<Prospect, 'owner'> })[],
): Array<{ owner: string; funnel: Funnel }> {
  const groups = new Map<string, FunnelRow[]>();
  for (const row of rows) {
    const list = groups.get(row.prospect.owner);
    if (list) list.push(row);
    else groups.set(row.prospect.owner, [row]);
  }
  return [...groups.keys()]
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map((owner) => ({ owner, funnel: computeFunnel(groups.get(owner)!) }));
}
