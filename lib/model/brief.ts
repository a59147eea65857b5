import * as z from 'zod/mini';
import { Evidence, Id, TextEntry, Timestamp } from './common';
import { Concept } from './concepts';
import { MAX_NEED_STATEMENT_LENGTH } from './limits';

export const SPIN_TYPES = ['situation', 'problem', 'implication', 'need_payoff'] as const;
export const SpinType = z.enum(SPIN_TYPES);
export type SpinType = z.infer<typeof SpinType>;

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const Priority = z.enum(PRIORITIES);

/** A need or pain, in the client's own words, with who voiced it and the evidence. */
export const Need = z.object({
  id: Id,
  prospectId: Id,
  statement: z.string().check(z.maxLength(MAX_NEED_STATEMENT_LENGTH)),
  spin: z._default(SpinType, 'problem'),
  category: z._default(Concept, 'other'),
  /** Whether the rep chose the category, or it is still the automatic suggestion. */
  categoryConfirmed: z._default(z.boolean(), false),
  priority: z._default(Priority, 'medium'),
  voicedBy: z.optional(Id),
  evidence: z.optional(Evidence),
  status: z._default(z.enum(['open', 'answered']), 'open'),
  /** The bank question this need answers (`lib/brief/questionBank`), when recorded from one. */
  questionId: z.optional(z.string().check(z.maxLength(200))),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Need = z.infer<typeof Need>;

export const Supplier = z.object({
  id: Id,
  name: z.string().check(z.maxLength(500)),
  likes: z._default(z.string().check(z.maxLength(100_000)), ''),
  dislikes: z._default(z.string().check(z.maxLength(100_000)), ''),
  evidence: z.optional(Evidence),
});
export type Supplier = z.infer<typeof Supplier>;

export const Objection = z.object({
  id: Id,
  text: z.string().check(z.maxLength(100_000)),
  answer: z._default(z.string().check(z.maxLength(100_000)), ''),
  evidence: z.optional(Evidence),
});
export type Objection = z.infer<typeof Objection>;

/** The needs brief: what the rep learned about the company's situation. Needs are rows apart. */
export const Brief = z.object({
  prospectId: Id,
  situation: z._default(z.array(TextEntry), []),
  suppliers: z._default(z.array(Supplier), []),
  plans: z._default(z.array(TextEntry), []),
  trends: z._default(z.array(TextEntry), []),
  decisionCriteria: z._default(z.array(TextEntry), []),
  budget: z._default(z.string().check(z.maxLength(10_000)), ''),
  timing: z._default(z.string().check(z.maxLength(10_000)), ''),
  decisionProcess: z._default(z.array(TextEntry), []),
  competitorsConsidered: z._default(z.array(TextEntry), []),
  objections: z._default(z.array(Objection), []),
  /** Bank questions already asked or skipped: the panel suggests the others. */
  askedQuestionIds: z._default(
    z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000)),
    [],
  ),
  updatedAt: Timestamp,
});
export type Brief = z.infer<typeof Brief>;
export type BriefEvidence = z.infer<typeof Evidence>;
