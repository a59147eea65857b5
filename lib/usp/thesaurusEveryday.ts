/**
 * More thesaurus groups (see `thesaurus.ts` for the term syntax and the rules): How clients say it in everyday and colloquial speech, across industries (RU and EN).
 */
export const EVERYDAY_GROUPS: readonly string[] = [];
