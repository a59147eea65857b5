// The longest texts the model stores, named so that the code cutting what it captures to fit
// (the context menus, Scan page, lib/site) uses the schemas' own numbers. Plain constants, no
// zod: lib/site imports them into the panel's first-paint bundle.

/** A page address kept as evidence, a clip's source or a scanned page (lib/site storableUrl). */
export const MAX_URL_LENGTH = 8192;
/** A page title kept with evidence, a clip or a scanned page (lib/site storableTitle). */
export const MAX_PAGE_TITLE_LENGTH = 2000;
/** The quote of a piece of evidence. */
export const MAX_EVIDENCE_QUOTE_LENGTH = 200_000;
/** A clip's quote: the longest selection "Add to DealBrief" keeps. */
export const MAX_CLIP_QUOTE_LENGTH = 1_000_000;
/** A free-text entry of the brief or the portrait (situation, plans, trends…). */
export const MAX_TEXT_ENTRY_LENGTH = 1_000_000;
/** A need's or pain's statement. */
export const MAX_NEED_STATEMENT_LENGTH = 100_000;
/** A portrait value that is text. */
export const MAX_PORTRAIT_TEXT_LENGTH = 100_000;
/** Each chosen option of a multi-choice portrait value. */
export const MAX_PORTRAIT_CHOICE_LENGTH = 1000;
