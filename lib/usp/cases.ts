import * as z from 'zod/mini';
import { Need } from '../model/brief';
import { Language } from '../model/common';
import { OfferProfile } from '../model/offer';
import { Person, Role } from '../model/person';
import { Prospect } from '../model/prospect';

/**
 * The USP evaluation case format (shared/testdata/usp/README.md): a client, its decision maker,
 * pains in the client's words, our offer's properties, and which property answers which pain.
 * Optional extras (proofs, competitors, differentiators) let the same files drive composer tests.
 */
export const UspCase = z.object({
  id: z.string().check(z.minLength(1)),
  lang: Language,
  client: z.object({
    name: z.string(),
    domain: z.string().check(z.minLength(1)),
    industry: z._default(z.string(), ''),
  }),
  decisionMaker: z.optional(
    z.object({
      name: z.string(),
      position: z._default(z.string(), ''),
      role: z._default(Role, 'unknown'),
    }),
  ),
  pains: z.array(z.string()),
  properties: z.array(z.string()),
  /** Pain index → index of the property that answers it; pains absent here have no answer. */
  expected: z._default(z.record(z.string(), z.int().check(z.nonnegative())), {}),
  proofs: z._default(z.record(z.string(), z.string()), {}),
  competitorsUsed: z._default(z.array(z.string()), []),
  competitors: z._default(
    z.array(z.object({ name: z.string(), weaknesses: z._default(z.string(), '') })),
    [],
  ),
  differentiators: z._default(z.array(z.string()), []),
});
export type UspCase = z.infer<typeof UspCase>;

export const UspCaseFile = z.object({ cases: z.array(UspCase) });

/** The model records a case stands for, built and validated through the model's own schemas. */
export interface BuiltCase {
  prospect: Prospect;
  needs: Need[];
  offer: OfferProfile;
  decisionMaker: Person | undefined;
  competitorsUsed: string[];
}

// A fixed clock: the same case must build the same records, byte for byte.
const EPOCH = 0;

export function propertyId(caseId: string, index: number): string {
  return `${caseId}:p${index}`;
}

export function needId(caseId: string, index: number): string {
  return `${caseId}:n${index}`;
}

export function buildCase(c: UspCase): BuiltCase {
  const prospect = Prospect.parse({
    id: c.id,
    domains: [c.client.domain],
    name: c.client.name,
    language: c.lang,
    createdAt: EPOCH,
    updatedAt: EPOCH,
  });
  const needs = c.pains.map((statement, i) =>
    Need.parse({
      id: needId(c.id, i),
      prospectId: prospect.id,
      statement,
      createdAt: EPOCH,
      updatedAt: EPOCH,
    }),
  );
  const offer = OfferProfile.parse({
    id: `${c.id}:offer`,
    name: `${c.client.industry || c.id} offer`,
    language: c.lang,
    properties: c.properties.map((statement, i) => ({
      id: propertyId(c.id, i),
      statement,
      proof: c.proofs[String(i)] ?? '',
    })),
    differentiators: c.differentiators.map((statement, i) => ({
      id: `${c.id}:d${i}`,
      kind: 'other',
      statement,
    })),
    competitors: c.competitors.map((k, i) => ({ id: `${c.id}:c${i}`, ...k })),
    createdAt: EPOCH,
    updatedAt: EPOCH,
  });
  const decisionMaker = c.decisionMaker
    ? Person.parse({
        id: `${c.id}:dm`,
        prospectId: prospect.id,
        fullName: c.decisionMaker.name,
        position: c.decisionMaker.position,
        role: c.decisionMaker.role,
        createdAt: EPOCH,
        updatedAt: EPOCH,
      })
    : undefined;
  return { prospect, needs, offer, decisionMaker, competitorsUsed: c.competitorsUsed };
}
