import * as z from 'zod/mini';
import { Id, Timestamp } from './common';
import { MAX_CLIP_QUOTE_LENGTH, MAX_PAGE_TITLE_LENGTH, MAX_URL_LENGTH } from './limits';

/** A piece of page text the rep kept, with where and when it was captured. */
export const Clip = z.object({
  id: Id,
  prospectId: Id,
  quote: z.string().check(z.maxLength(MAX_CLIP_QUOTE_LENGTH)),
  url: z.string().check(z.maxLength(MAX_URL_LENGTH)),
  pageTitle: z._default(z.string().check(z.maxLength(MAX_PAGE_TITLE_LENGTH)), ''),
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
