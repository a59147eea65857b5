// Suggest a role for a newly found person: from the rep's own base when it has seen this position
// often enough, else from built-in priors that encode the method's common sense (a secretary is a
// gatekeeper, a general director decides, a chief engineer is the technical expert).

import { ROLES, type Role } from '../model';
import { normalizePosition } from './positions';
import type { RoleStatRow } from './roleStats';

/**
 * How many prospects with a known role for this position the base needs before it overrides the
 * priors. Three is the smallest base in which one odd prospect cannot decide the answer alone.
 */
export const MIN_BASE_PROSPECTS = 3;

export interface RolePrior {
  role: Role;
  /** How often the role holds in typical B2B buying groups, as a rough 0..1 confidence. */
  confidence: number;
}

/** Built-in priors by canonical position key (lib/people/positions.ts). Unlisted: no prior. */
export const ROLE_PRIORS: Readonly<Record<string, RolePrior>> = {
  owner: { role: 'decision_maker', confidence: 0.7 },
  chairman: { role: 'decision_maker', confidence: 0.6 },
  director_general: { role: 'decision_maker', confidence: 0.6 },
  deputy_director_general: { role: 'influencer', confidence: 0.5 },
  coo: { role: 'decision_maker', confidence: 0.4 },
  branch_director: { role: 'decision_maker', confidence: 0.4 },
  commercial_director: { role: 'decision_maker', confidence: 0.4 },
  // Money people approve the spend: the economic buyer of Miller Heiman.
  cfo: { role: 'economic_buyer', confidence: 0.6 },
  chief_accountant: { role: 'influencer', confidence: 0.4 },
  economist: { role: 'influencer', confidence: 0.3 },
  // Buyers prepare the options; the decision maker takes their shortlist.
  head_of_procurement: { role: 'influencer', confidence: 0.5 },
  purchaser: { role: 'influencer', confidence: 0.5 },
  tender_specialist: { role: 'influencer', confidence: 0.4 },
  // Engineers judge whether the product works: technical experts, often the real decider.
  technical_director: { role: 'technical_expert', confidence: 0.5 },
  chief_engineer: { role: 'technical_expert', confidence: 0.5 },
  deputy_chief_engineer: { role: 'technical_expert', confidence: 0.4 },
  chief_mechanic: { role: 'technical_expert', confidence: 0.5 },
  chief_power_engineer: { role: 'technical_expert', confidence: 0.5 },
  chief_technologist: { role: 'technical_expert', confidence: 0.5 },
  chief_designer: { role: 'technical_expert', confidence: 0.5 },
  quality_head: { role: 'technical_expert', confidence: 0.4 },
  it_director: { role: 'technical_expert', confidence: 0.4 },
  production_director: { role: 'influencer', confidence: 0.4 },
  head_of_logistics: { role: 'influencer', confidence: 0.4 },
  head_of_legal: { role: 'influencer', confidence: 0.3 },
  lawyer: { role: 'influencer', confidence: 0.3 },
  // The system administrator who chooses the software (DOMAIN.md's influencer example).
  sysadmin: { role: 'influencer', confidence: 0.4 },
  // People who will use what we sell every day.
  engineer: { role: 'user', confidence: 0.4 },
  mechanic: { role: 'user', confidence: 0.4 },
  technologist: { role: 'user', confidence: 0.4 },
  shop_head: { role: 'user', confidence: 0.4 },
  foreman: { role: 'user', confidence: 0.4 },
  warehouse_head: { role: 'user', confidence: 0.4 },
  storekeeper: { role: 'user', confidence: 0.4 },
  // Who answers the phone and filters access.
  secretary: { role: 'gatekeeper', confidence: 0.8 },
  assistant: { role: 'gatekeeper', confidence: 0.7 },
  office_manager: { role: 'gatekeeper', confidence: 0.6 },
};

export interface RoleSuggestion {
  role: Role;
  /** 0..1: the smoothed share for `base`, the prior's confidence for `prior`. */
  confidence: number;
  basis: 'base' | 'prior';
  /** Prospects of the base with a known role for this position (below the minimum for `prior`). */
  count: number;
  /** Of those prospects, the share where the person had the suggested role (0 when count is 0). */
  share: number;
  positionKey: string;
}

export interface SuggestRoleOptions {
  minProspects?: number;
}

function statsIndex(
  stats: readonly RoleStatRow[] | ReadonlyMap<string, RoleStatRow>,
): ReadonlyMap<string, RoleStatRow> {
  return stats instanceof Map
    ? stats
    : new Map((stats as readonly RoleStatRow[]).map((r) => [r.positionKey, r]));
}

/** The role most prospects gave this position; ties go to the earlier role of ROLES. */
function commonestRole(row: RoleStatRow): { role: Role; n: number } | undefined {
  let best: { role: Role; n: number } | undefined;
  for (const role of ROLES) {
    const n = row.roleCounts[role] ?? 0;
    if (role !== 'unknown' && n > 0 && (!best || n > best.n)) best = { role, n };
  }
  return best;
}

/**
 * Suggest a role for a person with this position. Pass the rows of `roleStatistics`, or a Map of
 * them by position key when suggesting for many people at once.
 */
export function suggestRole(
  position: string,
  stats: readonly RoleStatRow[] | ReadonlyMap<string, RoleStatRow>,
  options: SuggestRoleOptions = {},
): RoleSuggestion | null {
  const pos = normalizePosition(position);
  if (!pos) return null;
  const minProspects = options.minProspects ?? MIN_BASE_PROSPECTS;
  const row = statsIndex(stats).get(pos.key);
  const count = row?.withKnownRole ?? 0;

  if (row && count >= minProspects) {
    const best = commonestRole(row);
    if (best) {
      // Laplace smoothing: 3 of 3 is promising, not certain; 30 of 30 is near certain.
      return {
        role: best.role,
        confidence: (best.n + 1) / (count + 2),
        basis: 'base',
        count,
        share: best.n / count,
        positionKey: pos.key,
      };
    }
  }

  const prior = ROLE_PRIORS[pos.key];
  if (!prior) return null;
  return {
    role: prior.role,
    confidence: prior.confidence,
    basis: 'prior',
    count,
    share: row && count > 0 ? (row.roleCounts[prior.role] ?? 0) / count : 0,
    positionKey: pos.key,
  };
}
