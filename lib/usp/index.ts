// The USP draft generator's public surface: pure functions, no browser APIs (runs in node too).
export { tokenize, stem, analyze, detectLanguage, type Token, type TextLanguage } from './text';
export { suggestConcept, scanConcepts, type ConceptSuggestion } from './conceptScan';
export { LEXICON, relatedness } from './lexicon';
export {
  matchNeeds,
  rankProperties,
  DEFAULT_THRESHOLD,
  type MatchableNeed,
  type MatchResult,
  type MatchOptions,
  type NeedMatch,
  type RankedProperty,
  type MatchWhy,
} from './matcher';
export { composeDraft, type ComposeInput, type ComposableNeed } from './composer';
export { emphasisFor, EMPHASIS_RULES, EMPHASIS_WEIGHTS, type Emphasis } from './emphasis';
export { draftToPlainText, draftToMarkdown } from './render';
export { withoutGapNotes } from './plainDraft';
