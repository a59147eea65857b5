// Who may report to whom. Dragging a node onto one of their own (indirect) reports would make a
// reporting cycle; the map refuses it instead of silently cutting the cycle when drawing.

import type { Person } from '../model';

type Link = Pick<Person, 'id' | 'reportsTo'>;

/** Everyone below `id` in the reporting tree (direct and indirect reports), cycle-safe. */
export function reportsBelow(people: readonly Link[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const p of people) {
    if (p.reportsTo === undefined) continue;
    const list = children.get(p.reportsTo);
    if (list) list.push(p.id);
    else children.set(p.reportsTo, [p.id]);
  }
  const below = new Set<string>();
  const stack = [...(children.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (next === id || below.has(next)) continue;
    below.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return below;
}

/** True when `personId` may report to `bossId`: another person of the map, not one of their reports. */
export function canReportTo(people: readonly Link[], personId: string, bossId: string): boolean {
  if (personId === bossId) return false;
  if (!people.some((p) => p.id === bossId)) return false;
  return !reportsBelow(people, personId).has(bossId);
}
