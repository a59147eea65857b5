import * as z from 'zod/mini';
import { Id, Language, Timestamp } from './common';
import { LostReason, Stage, StageChange } from './stage';

export const LIFECYCLE = [
  'potential',
  'one_time',
  'regular',
  'loyal',
  'committed',
  'fan',
  'temporarily_lost',
  'former',
  'antagonist',
] as const;
export const Lifecycle = z.enum(LIFECYCLE);
export const SEGMENTS = ['key', 'developing_key', 'maintained', 'occasional'] as const;
export const Segment = z.enum(SEGMENTS);
export const TEMPERATURES = ['hot', 'warm', 'cold'] as const;
export const Temperature = z.enum(TEMPERATURES);

/** A company we sell to, keyed by its registrable domain(s) (see `lib/site/domain.ts`). */
export const Prospect = z.object({
  id: Id,
  /** Site keys; the first is the primary one. Every key finds the prospect. */
  domains: z
    .array(z.string().check(z.minLength(1), z.maxLength(300)))
    .check(z.minLength(1), z.maxLength(200)),
  name: z.string().check(z.maxLength(500)),
  stage: z._default(Stage, 'selection'),
  stageHistory: z._default(z.array(StageChange), []),
  lostReason: z.optional(LostReason),
  /** The rep who owns the prospect (settings' rep name when created). */
  owner: z._default(z.string().check(z.maxLength(200)), ''),
  tags: z._default(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(100)), []),
  language: z.optional(Language),
  offerProfileId: z.optional(Id),
  portraitTemplateId: z._default(z.string().check(z.maxLength(100)), 'generic'),
  lifecycle: z.optional(Lifecycle),
  segment: z.optional(Segment),
  temperature: z.optional(Temperature),
  /** What the client buys from us now and could buy in our categories, per year. */
  currentVolume: z.optional(z.number().check(z.nonnegative())),
  potentialVolume: z.optional(z.number().check(z.nonnegative())),
  currency: z.optional(z.string().check(z.maxLength(10))),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Prospect = z.infer<typeof Prospect>;
