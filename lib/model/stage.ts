import * as z from 'zod/mini';
import { Timestamp } from './common';

/** Funnel stages of the method (DOMAIN.md, "The prospect"); `lost` always keeps a reason. */
export const STAGES = [
  'selection',
  'first_contact',
  'needs_identified',
  'offer_prepared',
  'offer_defended',
  'contract',
  'lost',
] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

/** A good refusal: why, which criteria the client does not meet, our strengths, our difference. */
export const LostReason = z.object({
  why: z.string().check(z.maxLength(20_000)),
  unmetCriteria: z._default(z.string().check(z.maxLength(20_000)), ''),
  ourStrengths: z._default(z.string().check(z.maxLength(20_000)), ''),
  howWeDiffer: z._default(z.string().check(z.maxLength(20_000)), ''),
});
export type LostReason = z.infer<typeof LostReason>;

export const StageChange = z.object({
  stage: Stage,
  at: Timestamp,
  by: z._default(z.string().check(z.maxLength(200)), ''),
  note: z.optional(z.string().check(z.maxLength(20_000))),
  lostReason: z.optional(LostReason),
});
export type StageChange = z.infer<typeof StageChange>;
