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

export const Contact = z.object({
  kind: z.enum(['phone', 'email', 'messenger', 'profile', 'other']),
  value: z.string().check(z.maxLength(2000)),
});

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
  contacts: z._default(z.array(Contact).check(z.maxLength(100)), []),
  lastContactAt: z.optional(z.string().check(z.maxLength(40))),
  notes: z._default(z.string().check(z.maxLength(1_000_000)), ''),
  evidence: z._default(z.array(Evidence).check(z.maxLength(1000)), []),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Person = z.infer<typeof Person>;
