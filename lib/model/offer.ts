import * as z from 'zod/mini';
import { Id, Language, Timestamp } from './common';
import { Concept } from './concepts';

/** The longest text of an offer profile's item (a statement, a proof, a condition…). */
export const OFFER_TEXT_MAX = 10_000;
/** The longest name of a profile or a competitor. */
export const OFFER_NAME_MAX = 500;
const OfferText = z.string().check(z.maxLength(OFFER_TEXT_MAX));
const OfferName = z.string().check(z.maxLength(OFFER_NAME_MAX));

export const OfferProperty = z.object({
  id: Id,
  statement: OfferText,
  categories: z._default(z.array(Concept).check(z.maxLength(50)), []),
  keywords: z._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)), []),
  /** A case, a number, a client name: what makes the claim believable. */
  proof: z._default(OfferText, ''),
  conditions: z._default(OfferText, ''),
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
  statement: OfferText,
});

export const Competitor = z.object({
  id: Id,
  name: OfferName,
  weaknesses: z._default(OfferText, ''),
});

/** What we sell: a product line with its properties, what is around it, and its competitors. */
export const OfferProfile = z.object({
  id: Id,
  name: OfferName,
  language: z.optional(Language),
  properties: z._default(z.array(OfferProperty).check(z.maxLength(1000)), []),
  differentiators: z._default(z.array(Differentiator).check(z.maxLength(200)), []),
  competitors: z._default(z.array(Competitor).check(z.maxLength(200)), []),
  example: z._default(z.boolean(), false),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type OfferProfile = z.infer<typeof OfferProfile>;
