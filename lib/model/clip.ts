import * as z from 'zod/mini';
import { Id, Timestamp } from './common';

/** A piece of page text the rep kept, with where and when it was captured. */
export const Clip = z.object({
  id: Id,
  prospectId: Id,
  quote: z.string().check(z.maxLength(1_000_000)),
  url: z.string().check(z.maxLength(8192)),
  pageTitle: z._default(z.string().check(z.maxLength(2000)), ''),
  capturedAt: Timestamp,
});
export type Clip = z.infer<typeof Clip>;

/** The prospect's free notes (one document per prospect, autosaved). */
export const Note = z.object({
  prospectId: Id,
  text: z.string().check(z.maxLength(10_000_000)),
  updatedAt: Timestamp,
});
export type Note = z.infer<typeof Note>;
