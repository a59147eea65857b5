// Learning from the rep's own base (DOMAIN.md, "Learning from your own base"): for each position,
// in how many prospects a person with that position turned out to be the decision maker. A rep on
// a cold call then asks for the position that decides most often.
//
// Counting is per prospect, not per person: two chief engineers of one plant are one prospect
// with a chief engineer, and the plant counts once as "chief engineer decided" if either did.

import { ROLES, type Person, type Role } from '../model';
import { normalizePosition, type Bilingual, type NormalizedPosition } from './positions';

export type RoleStatPerson = Pick<Person, 'prospectId' | 'position' | 'role'>;

export interface RoleStatRow {
  positionKey: string;
  label: Bilingual;
  /** Distinct prospects having a person with this position. */
  prospects: number;
  /** Distinct prospects where a person with this position was the decision maker. */
  decisionMakerIn: number;
  /** decisionMakerIn / prospects, 0..1. */
  share: number;
  /** Per known role: distinct prospects where a person with this position had that role. */
  roleCounts: Partial<Record<Role, number>>;
  /** Distinct prospects where a person with this position had a role other than `unknown`. */
  withKnownRole: number;
}

export interface RoleStatOptions {
  /**
   * Count only prospects where someone is marked decision maker. A prospect still at "selection"
   * has no decision maker yet, and its chief engineer is no evidence that chief engineers do not
   * decide; the default (false) counts every prospect, as the plain table reads.
   */
  onlyProspectsWithDecisionMaker?: boolean;
}

interface Acc {
  label: Bilingual;
  prospects: number;
  /** Per role (index of ROLES): prospects where a person with this position had it. */
  roles: number[];
  known: number;
}

const ROLE_INDEX = new Map<Role, number>(ROLES.map((r, i) => [r, i]));
const UNKNOWN_BIT = 1 << (ROLE_INDEX.get('unknown') ?? 0);

/**
 * Linear in the people: they are grouped by prospect, and within a prospect each position gets a
 * bit mask of the roles its people had, so every prospect adds to a position's counters once.
 * Each distinct position string is normalised once.
 */
export function roleStatistics(
  people: readonly RoleStatPerson[],
  options: RoleStatOptions = {},
): RoleStatRow[] {
  const byProspect = new Map<string, RoleStatPerson[]>();
  for (const p of people) {
    const group = byProspect.get(p.prospectId);
    if (group) group.push(p);
    else byProspect.set(p.prospectId, [p]);
  }

  const normalized = new Map<string, NormalizedPosition | null>();
  const byKey = new Map<string, Acc>();
  const rolesByKey = new Map<string, number>();
  for (const group of byProspect.values()) {
    if (options.onlyProspectsWithDecisionMaker && !group.some((p) => p.role === 'decision_maker'))
      continue;
    rolesByKey.clear();
    for (const p of group) {
      let pos = normalized.get(p.position);
      if (pos === undefined) {
        pos = normalizePosition(p.position);
        normalized.set(p.position, pos);
      }
      if (!pos) continue;
      if (!byKey.has(pos.key))
        byKey.set(pos.key, { label: pos.label, prospects: 0, roles: ROLES.map(() => 0), known: 0 });
      rolesByKey.set(
        pos.key,
        (rolesByKey.get(pos.key) ?? 0) | (1 << (ROLE_INDEX.get(p.role) ?? 0)),
      );
    }
    for (const [key, mask] of rolesByKey) {
      const acc = byKey.get(key) as Acc;
      acc.prospects += 1;
      if ((mask & ~UNKNOWN_BIT) !== 0) acc.known += 1;
      for (let i = 0; i < ROLES.length; i++)
        if (mask & (1 << i)) acc.roles[i] = (acc.roles[i] ?? 0) + 1;
    }
  }

  const rows: RoleStatRow[] = [];
  for (const [positionKey, acc] of byKey) {
    const roleCounts: Partial<Record<Role, number>> = {};
    ROLES.forEach((role, i) => {
      const n = acc.roles[i] ?? 0;
      if (role !== 'unknown' && n > 0) roleCounts[role] = n;
    });
    const decisionMakerIn = roleCounts.decision_maker ?? 0;
    rows.push({
      positionKey,
      label: acc.label,
      prospects: acc.prospects,
      decisionMakerIn,
      share: decisionMakerIn / acc.prospects,
      roleCounts,
      withKnownRole: acc.known,
    });
  }
  // Highest share first; among equal shares the larger base is the stronger evidence.
  rows.sort(
    (a, b) =>
      b.share - a.share ||
      b.prospects - a.prospects ||
      (a.positionKey < b.positionKey ? -1 : a.positionKey > b.positionKey ? 1 : 0),
  );
  return rows;
}
