/**
 * More thesaurus groups (see `thesaurus.ts` for the term syntax and the rules): Groups by industry and offer area, part B.
 */
export const INDUSTRY_GROUPS_B: readonly string[] = [];
