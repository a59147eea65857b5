import * as z from 'zod/mini';
import {
  MAX_EVIDENCE_QUOTE_LENGTH,
  MAX_PAGE_TITLE_LENGTH,
  MAX_TEXT_ENTRY_LENGTH,
  MAX_URL_LENGTH,
} from './limits';

// Extension pages run under a strict CSP: zod must never probe `new Function` (the probe is
// caught, but still reported as a CSP violation), so it parses without code generation.
z.config({ jitless: true });

/** Opaque ids: `crypto.randomUUID()` in every context we run in (pages, worker, node). */
export const Id = z.string().check(z.minLength(1), z.maxLength(100));
export type Id = z.infer<typeof Id>;

/** Epoch milliseconds. Numbers index and sort cheaply in IndexedDB. */
export const Timestamp = z.int().check(z.nonnegative());

export const Language = z.enum(['en', 'ru']);
export type Language = z.infer<typeof Language>;

/**
 * Where a captured value came from. A page quote carries its URL; a fact heard in a meeting
 * carries the meeting date instead. Every captured value may have evidence.
 */
export const Evidence = z.object({
  kind: z._default(z.enum(['page', 'meeting', 'manual']), 'page'),
  url: z.optional(z.string().check(z.maxLength(MAX_URL_LENGTH))),
  pageTitle: z.optional(z.string().check(z.maxLength(MAX_PAGE_TITLE_LENGTH))),
  quote: z.optional(z.string().check(z.maxLength(MAX_EVIDENCE_QUOTE_LENGTH))),
  capturedAt: Timestamp,
  /** For `meeting` evidence: the day it was said (YYYY-MM-DD). */
  meetingDate: z.optional(z.string().check(z.maxLength(40))),
});
export type Evidence = z.infer<typeof Evidence>;

/** A free-text value with optional evidence, the unit of most brief and portrait fields. */
export const TextEntry = z.object({
  id: Id,
  text: z.string().check(z.maxLength(MAX_TEXT_ENTRY_LENGTH)),
  evidence: z.optional(Evidence),
});
export type TextEntry = z.infer<typeof TextEntry>;

export function newId(): string {
  return crypto.randomUUID();
}
