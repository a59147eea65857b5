// Warnings on the decision-maker map: the mistakes the method warns about, found in the data.
// Each carries the ids of the people it is about, so the panel can highlight them.

import type { Person } from '../model';
import { decisionMakers, isRoleConfirmed } from './decisionMaker';

export const MAP_WARNING_IDS = [
  'no_decision_maker',
  'decision_maker_self_declared',
  'single_threaded',
  'high_influence_opponent',
  'no_gatekeeper',
] as const;
export type MapWarningId = (typeof MAP_WARNING_IDS)[number];

export interface MapWarning {
  id: MapWarningId;
  personIds: string[];
}

export interface MapWarningOptions {
  /**
   * Whether the rep plans to reach the company by cold call (default true): then a gatekeeper
   * matters, unless a decision maker's direct phone is already known.
   */
  coldCall?: boolean;
}

/** Influence (1..5) from which an opponent can sink the deal alone. */
export const HIGH_INFLUENCE = 4;

export type MapPerson = Pick<
  Person,
  'id' | 'role' | 'roleSource' | 'attitude' | 'influence' | 'contacts'
>;

export function mapWarnings(
  people: readonly MapPerson[],
  options: MapWarningOptions = {},
): MapWarning[] {
  const warnings: MapWarning[] = [];
  const dms = decisionMakers(people);

  if (dms.length === 0) warnings.push({ id: 'no_decision_maker', personIds: [] });
  // Half of reps negotiate with whoever claims to decide: warn while no DM is confirmed.
  else if (!dms.some(isRoleConfirmed)) {
    warnings.push({ id: 'decision_maker_self_declared', personIds: dms.map((p) => p.id) });
  }

  const [only, ...others] = people;
  if (only && others.length === 0) warnings.push({ id: 'single_threaded', personIds: [only.id] });

  const opponents = people.filter(
    (p) => p.attitude === 'opponent' && p.influence >= HIGH_INFLUENCE,
  );
  if (opponents.length > 0)
    warnings.push({ id: 'high_influence_opponent', personIds: opponents.map((p) => p.id) });

  const coldCall = options.coldCall ?? true;
  const hasGatekeeper = people.some((p) => p.role === 'gatekeeper');
  const dmDirectLine = dms.some((p) =>
    p.contacts.some((c) => c.kind === 'phone' && c.value.trim() !== ''),
  );
  if (coldCall && !hasGatekeeper && !dmDirectLine)
    warnings.push({ id: 'no_gatekeeper', personIds: [] });

  return warnings;
}
