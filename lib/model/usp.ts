import * as z from 'zod/mini';
import { Id, Language, Timestamp } from './common';

/** A link from a need to the property that answers it; confirmed links survive regeneration. */
export const NeedLink = z.object({
  needId: Id,
  propertyId: z.nullable(Id),
  status: z.enum(['suggested', 'confirmed', 'removed']),
  score: z.optional(z.number()),
});
export type NeedLink = z.infer<typeof NeedLink>;

export const DraftLine = z.object({
  kind: z.enum(['headline', 'intro', 'answer', 'differentiator', 'next_step', 'gap']),
  text: z.string().check(z.maxLength(100_000)),
  /** The need this line answers (for `answer` and `gap` lines). */
  needId: z.optional(Id),
  propertyId: z.optional(Id),
});
export type DraftLine = z.infer<typeof DraftLine>;

export const DraftVersion = z.object({
  at: Timestamp,
  lines: z.array(DraftLine),
  text: z.string().check(z.maxLength(1_000_000)),
});
export type DraftVersion = z.infer<typeof DraftVersion>;

/** The USP draft of a prospect: generated lines, the rep's edited text, and saved versions. */
export const UspDraft = z.object({
  id: Id,
  prospectId: Id,
  offerProfileId: Id,
  language: Language,
  links: z._default(z.array(NeedLink), []),
  /**
   * The rep's decisions (confirmed and removed links) about the other offer profiles this draft
   * was made with, by profile id: set aside when the rep switches profiles, back when that profile
   * is chosen again. Absent while there are none.
   */
  parkedLinks: z.optional(z.record(Id, z.array(NeedLink))),
  lines: z._default(z.array(DraftLine), []),
  /** The rep's edit of the text; null while the rep has not edited the generated text. */
  editedText: z._default(z.nullable(z.string().check(z.maxLength(1_000_000))), null),
  /**
   * The generated text the rep's edit started from. When a regeneration produces something else,
   * the panel shows the new text beside the edit instead of overwriting it.
   */
  editedFrom: z.optional(z.string().check(z.maxLength(1_000_000))),
  versions: z._default(z.array(DraftVersion).check(z.maxLength(500)), []),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type UspDraft = z.infer<typeof UspDraft>;
