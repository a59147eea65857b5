import * as z from 'zod/mini';
import { Id, Language, Timestamp } from './common';
import { Concept } from './concepts';

export const OfferProperty = z.object({
  id: Id,
  statement: z.string().check(z.maxLength(10_000)),
  categories: z._default(z.array(Concept).check(z.maxLength(50)), []),
  keywords: z._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)), []),
  /** A case, a number, a client name: what makes the claim believable. */
  proof: z._default(z.string().check(z.maxLength(10_000)), ''),
  conditions: z._default(z.string().check(z.maxLength(10_000)), ''),
});
export type OfferProperty = z.infer<typeof OfferProperty>;

export const DIFFERENTIATOR_KINDS = [
  'service',
  'loyalty',
  'service_quality',
  'comfort',
  'precision',
  'deadlines',
  'name',
  'other',
] as const;

export const Differentiator = z.object({
  id: Id,
  kind: z.enum(DIFFERENTIATOR_KINDS),
  statement: z.string().check(z.maxLength(10_000)),
});

export const Competitor = z.object({
  id: Id,
  name: z.string().check(z.maxLength(500)),
  weaknesses: z._default(z.string().check(z.maxLength(10_000)), ''),
});

/** What we sell: a product line with its properties, what is around it, and its competitors. */
export const OfferProfile = z.object({
  id: Id,
  name: z.string().check(z.maxLength(500)),
  language: z.optional(Language),
  properties: z._default(z.array(OfferProperty).check(z.maxLength(1000)), []),
  differentiators: z._default(z.array(Differentiator).check(z.maxLength(200)), []),
  competitors: z._default(z.array(Competitor).check(z.maxLength(200)), []),
  example: z._default(z.boolean(), false),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type OfferProfile = z.infer<typeof OfferProfile>;
