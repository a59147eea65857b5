import * as z from 'zod/mini';

/** Where a page selection can go in the needs brief ("Add to brief ▸ …"). */
export const BRIEF_TARGETS = ['pain', 'need', 'plan', 'trend', 'supplier'] as const;
export const BriefTarget = z.enum(BRIEF_TARGETS);
export type BriefTarget = z.infer<typeof BriefTarget>;
