import * as z from 'zod/mini';
import { Evidence, Id, Timestamp } from './common';

export const ROLES = [
  'decision_maker',
  'influencer',
  'gatekeeper',
  'economic_buyer',
  'technical_expert',
  'user',
  'champion',
  'blocker',
  'unknown',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ATTITUDES = ['supporter', 'neutral', 'skeptic', 'opponent', 'unknown'] as const;
export const Attitude = z.enum(ATTITUDES);
export type Attitude = z.infer<typeof Attitude>;

/** How we know the role: their own word is weak (only ~30% admit they don't decide). */
export const ROLE_SOURCES = [
  'self_declared',
  'confirmed_indirectly',
  'told_by_colleague',
  'guess',
] as const;
export const RoleSource = z.enum(ROLE_SOURCES);

/** The longest contact value (a phone, an address, a profile link). */
export const CONTACT_VALUE_MAX = 2000;

export const Contact = z.object({
  /**
   * The contact's identity within its person (its row, its autosave key). Contacts stored
   * before they had ids get one from `withContactIds`.
   */
  id: z.optional(Id),
  kind: z.enum(['phone', 'email', 'messenger', 'profile', 'other']),
  value: z.string().check(z.maxLength(CONTACT_VALUE_MAX)),
});
/** A contact as a caller writes it: a new one may come without an id. */
export type ContactInput = z.input<typeof Contact>;
/** A contact as read: always with its id. */
export type Contact = ContactInput & { id: string };

/**
 * Gives every contact an id. One stored without (before contacts had ids) or repeating an
 * earlier one (two lists merged) takes its position (`"2"`, else `"2.1"`…): the same on every
 * read of the same record, stored by the record's next write, and the key the row's typing was
 * kept under when rows were keyed by position.
 */
export function withContactIds(contacts: ContactInput[]): Contact[] {
  const taken = new Set<string>();
  const own = contacts.map((c) => {
    if (c.id === undefined || taken.has(c.id)) return undefined;
    taken.add(c.id);
    return c.id;
  });
  return contacts.map((c, i) => {
    let id = own[i];
    if (id === undefined) {
      id = String(i);
      for (let n = 1; taken.has(id); n++) id = `${i}.${n}`;
      taken.add(id);
    }
    const { id: _, ...rest } = c;
    return { id, ...rest };
  });
}

/** A person of the prospect's buying group (the decision-maker map). */
export const Person = z.object({
  id: Id,
  prospectId: Id,
  fullName: z.string().check(z.maxLength(500)),
  position: z._default(z.string().check(z.maxLength(500)), ''),
  department: z._default(z.string().check(z.maxLength(500)), ''),
  role: z._default(Role, 'unknown'),
  influence: z._default(z.int().check(z.minimum(1), z.maximum(5)), 3),
  attitude: z._default(Attitude, 'unknown'),
  roleSource: z._default(RoleSource, 'guess'),
  reportsTo: z.optional(Id),
  influences: z._default(z.array(Id).check(z.maxLength(500)), []),
  contacts: z._default(
    z.pipe(z.array(Contact).check(z.maxLength(100)), z.transform(withContactIds)),
    [],
  ),
  lastContactAt: z.optional(z.string().check(z.maxLength(40))),
  notes: z._default(z.string().check(z.maxLength(1_000_000)), ''),
  evidence: z._default(z.array(Evidence).check(z.maxLength(1000)), []),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Person = z.infer<typeof Person>;
/** A person as a caller writes it: the defaults may be left out, contacts may lack ids. */
export type PersonInput = z.input<typeof Person>;
