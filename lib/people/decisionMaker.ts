// Who the map says decides, and how sure we are. Only ~30% of people admit they are not the
// decision maker when asked directly (DOMAIN.md), so a role the person claimed, or one we guessed,
// does not count as known until it was confirmed indirectly or by a colleague.

import type { Person } from '../model';

type RoleSource = Person['roleSource'];

const CONFIRMED_SOURCES: ReadonlySet<RoleSource> = new Set<RoleSource>([
  'confirmed_indirectly',
  'told_by_colleague',
]);

export function isRoleConfirmed(person: Pick<Person, 'roleSource'>): boolean {
  return CONFIRMED_SOURCES.has(person.roleSource);
}

export function decisionMakers<P extends Pick<Person, 'role'>>(people: readonly P[]): P[] {
  return people.filter((p) => p.role === 'decision_maker');
}

/** True when at least one decision maker's role rests on more than their word or our guess. */
export function hasConfirmedDecisionMaker(
  people: readonly Pick<Person, 'role' | 'roleSource'>[],
): boolean {
  return people.some((p) => p.role === 'decision_maker' && isRoleConfirmed(p));
}
