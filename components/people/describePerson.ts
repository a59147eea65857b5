import type { Translate } from '@/lib/i18n';
import type { Person } from '@/lib/model';

/**
 * A person in one sentence, for screen readers and tooltips: the same facts the node shows by
 * colour and symbol, in words. The list view shows the same facts in columns.
 */
export function describePerson(t: Translate, p: Person, byId: ReadonlyMap<string, Person>): string {
  const nameOf = (x: Person) => x.fullName || x.position || t('people.unnamed');
  const parts = [nameOf(p)];
  if (p.position && p.fullName) parts.push(p.position);
  parts.push(t(`people.role.${p.role}`));
  parts.push(t(`people.attitude.${p.attitude}`));
  parts.push(t('people.influenceOf', { n: p.influence }));
  const boss = p.reportsTo ? byId.get(p.reportsTo) : undefined;
  if (boss) parts.push(t('people.reportsToName', { name: nameOf(boss) }));
  return parts.join(', ');
}
