/**
 * More thesaurus groups (see `thesaurus.ts` for the term syntax and the rules): Groups by industry and offer area, part A.
 */
export const INDUSTRY_GROUPS_A: readonly string[] = [];
