import * as z from 'zod/mini';
import { BriefTarget } from '../brief/captureTargets';

/**
 * A tab's address and title as the browser gives them: Chrome allows addresses up to 2 MB and
 * keeps long titles. The handlers shorten them to what the model stores (lib/site storableUrl,
 * storableTitle); refusing them here would fail a capture on a single-page app's long address.
 */
const PageUrl = z.string().check(z.maxLength(2 * 1024 * 1024));
const PageTitle = z._default(z.string().check(z.maxLength(100_000)), '');

/**
 * Everything that crosses an extension context goes through this one contract. Each message has
 * a zod schema for what is sent and what comes back; both ends validate, so a malformed or
 * foreign message is refused at the door. The background must handle every message (the
 * `Handlers` type makes a missing handler a compile error, and a test checks it at run time).
 */
export const protocol = {
  /** Save the page selection of a tab as a clip on its prospect (the context menu's action). */
  captureSelection: {
    input: z.object({
      tabId: z.optional(z.int().check(z.nonnegative())),
      text: z.string().check(z.minLength(1), z.maxLength(5_000_000)),
      url: PageUrl,
      title: PageTitle,
    }),
    output: z.object({ clipId: z.string(), prospectId: z.string() }),
  },
  /** Add the person named in a page selection to its site's prospect (the people menu's action). */
  addPersonFromSelection: {
    input: z.object({
      tabId: z.optional(z.int().check(z.nonnegative())),
      text: z.string().check(z.minLength(1), z.maxLength(5_000_000)),
      url: PageUrl,
      title: PageTitle,
    }),
    output: z.object({ personId: z.string(), prospectId: z.string() }),
  },
  /** Save a page selection into a section of its prospect's needs brief ("Add to brief ▸ …"). */
  captureToBrief: {
    input: z.object({
      tabId: z.optional(z.int().check(z.nonnegative())),
      text: z.string().check(z.minLength(1), z.maxLength(5_000_000)),
      url: PageUrl,
      title: PageTitle,
      target: BriefTarget,
    }),
    output: z.object({ prospectId: z.string(), target: BriefTarget, id: z.string() }),
  },
  /** Recompute the toolbar badge for the active tabs (after a brief was started, say). */
  refreshBadge: {
    input: z.object({}),
    output: z.object({ updated: z.int() }),
  },
  /** Open the manager's dashboard in a new tab, on one prospect when given. */
  openDashboard: {
    input: z.object({ prospectId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))) }),
    output: z.object({ tabId: z.optional(z.int()) }),
  },
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type MessageInput<K extends MessageName> = z.input<Protocol[K]['input']>;
export type ParsedInput<K extends MessageName> = z.output<Protocol[K]['input']>;
export type MessageOutput<K extends MessageName> = z.output<Protocol[K]['output']>;

export const Envelope = z.object({
  dealbrief: z.literal(1),
  name: z.enum(Object.keys(protocol) as [MessageName, ...MessageName[]]),
  input: z.unknown(),
});

export const Reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), output: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string(), code: z.optional(z.string()) }),
]);
export type Reply = z.infer<typeof Reply>;
