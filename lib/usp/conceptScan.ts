import { CONCEPTS, type Concept } from '../model/concepts';
import { LEXICON, type LexiconConcept } from './lexicon';
import { analyze, normalizeWord, stem, type TextLanguage, type Token } from './text';

/** One element of a compiled lexicon term (see the syntax in `lexicon.ts`). */
export type Element =
  | { kind: 'stem'; value: string }
  | { kind: 'prefix'; value: string }
  | { kind: 'exact'; value: string }
  | { kind: 'any'; options: readonly Element[] };

/** A compiled term of any word list written in the lexicon syntax: its elements and weight. */
export interface CompiledPattern {
  source: string;
  elements: readonly Element[];
  weight: number;
}

interface CompiledTerm extends CompiledPattern {
  concept: LexiconConcept;
}

/** Most words a phrase may skip between two of its elements ("в самый последний момент"). */
const MAX_PHRASE_GAP = 2;
const DEFAULT_WORD_WEIGHT = 0.7;
const DEFAULT_PHRASE_WEIGHT = 0.9;

function compileElement(raw: string): Element {
  if (raw.includes('|'))
    return { kind: 'any', options: raw.split('|').filter(Boolean).map(compileElement) };
  if (raw.startsWith('=')) return { kind: 'exact', value: normalizeWord(raw.slice(1)) };
  if (raw.endsWith('*')) return { kind: 'prefix', value: normalizeWord(raw.slice(0, -1)) };
  return { kind: 'stem', value: stem(raw) };
}

const TERM_WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** "pick-up*" → ["pick", "up*"]: markers stay on the outer words. */
function splitTermWord(p: string): string[] {
  const mark = p.startsWith('=') ? '=' : '';
  const star = p.endsWith('*') ? '*' : '';
  const words = p.slice(mark.length, p.length - star.length).match(TERM_WORD_RE) ?? [];
  return words.map((w, i) => `${i === 0 ? mark : ''}${w}${i === words.length - 1 ? star : ''}`);
}

export function compileTerm(concept: LexiconConcept, source: string): CompiledTerm {
  return { concept, ...compilePattern(source) };
}

/** Compile one term of the lexicon syntax (`word`, `pref*`, `=exact`, `a|b`, phrases, `@weight`). */
export function compilePattern(source: string): CompiledPattern {
  const at = source.lastIndexOf('@');
  const body = at > 0 ? source.slice(0, at) : source;
  // Terms are tokenised like texts, so "24/7" and "pick-up" become the words a text would give;
  // an alternation ("двух|трех|пяти") stays one element.
  const parts = body
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((p) => (p.includes('|') ? [p] : splitTermWord(p)));
  const elements = parts.map(compileElement);
  const weight =
    at > 0
      ? Number(source.slice(at + 1))
      : elements.length > 1
        ? DEFAULT_PHRASE_WEIGHT
        : DEFAULT_WORD_WEIGHT;
  return { source: body, elements, weight };
}

export function elementMatches(el: Element, token: Token): boolean {
  switch (el.kind) {
    case 'stem':
      return token.stem === el.value;
    case 'exact':
      return token.word === el.value;
    case 'prefix':
      return token.word.startsWith(el.value);
    case 'any':
      return el.options.some((o) => elementMatches(o, token));
  }
}

/**
 * The lexicon compiled once and indexed by what a token can be looked up with: its stem, its
 * exact word, and its first two letters for prefix terms. Scanning a text then costs a few map
 * look-ups per word instead of a pass over a thousand terms.
 */
/** Terms indexed by what a token can be looked up with: its stem, exact word, prefix head. */
export interface TermIndex<T> {
  byStem: Map<string, T[]>;
  byExact: Map<string, T[]>;
  byPrefixHead: Map<string, T[]>;
}

interface LexiconIndex extends TermIndex<CompiledTerm> {
  terms: CompiledTerm[];
}

let index: LexiconIndex | undefined;

function push<T>(map: Map<string, T[]>, key: string, term: T): void {
  const list = map.get(key);
  if (list) list.push(term);
  else map.set(key, [term]);
}

/** Files `term` under every key its element `el` can be found by (each option of an `any`). */
export function indexBy<T>(idx: TermIndex<T>, el: Element, term: T): void {
  if (el.kind === 'stem') push(idx.byStem, el.value, term);
  else if (el.kind === 'exact') push(idx.byExact, el.value, term);
  else if (el.kind === 'prefix') push(idx.byPrefixHead, el.value.slice(0, 2), term);
  else for (const o of el.options) indexBy(idx, o, term);
}

export function lexiconIndex(): LexiconIndex {
  if (index) return index;
  const built: LexiconIndex = {
    terms: [],
    byStem: new Map(),
    byExact: new Map(),
    byPrefixHead: new Map(),
  };
  for (const concept of CONCEPTS) {
    if (concept === 'other') continue;
    const entry = LEXICON[concept];
    for (const source of [...entry.ru, ...entry.en]) {
      const term = compileTerm(concept, source);
      const first = term.elements[0];
      if (!first) continue;
      built.terms.push(term);
      for (const el of first.kind === 'any' ? first.options : [first]) indexBy(built, el, term);
    }
  }
  index = built;
  return built;
}

/** Where a term that matched at `start` ends: the last token of its span, or -1 if it does not. */
export function matchAt(term: CompiledPattern, tokens: readonly Token[], start: number): number {
  let pos = start;
  for (let e = 1; e < term.elements.length; e++) {
    const el = term.elements[e]!;
    let found = -1;
    for (let j = pos + 1; j <= pos + 1 + MAX_PHRASE_GAP && j < tokens.length; j++) {
      if (elementMatches(el, tokens[j]!)) {
        found = j;
        break;
      }
    }
    if (found < 0) return -1;
    pos = found;
  }
  return pos;
}

/** A lexicon hit in a text. */
export interface ConceptHit {
  concept: LexiconConcept;
  term: string;
  weight: number;
  /** The text's own words that matched, joined by spaces (for "why" and highlighting). */
  matched: string;
  /** Token span of the match (inclusive). */
  start: number;
  end: number;
}

/** Concept strengths of one text (0..1 each) and the hits that gave them. */
export interface ConceptProfile {
  strength: Map<Concept, number>;
  hits: ConceptHit[];
}

/**
 * Find every lexicon term in the tokens. A term counts once per text however often it occurs;
 * several terms of one concept add up (see `strengthOf`), so three weak hints make a fairly sure
 * concept while one weak hint stays weak.
 */
export function scanConcepts(tokens: readonly Token[]): ConceptProfile {
  const idx = lexiconIndex();
  const seen = new Set<CompiledTerm>();
  const hits: ConceptHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const candidates = new Set([
      ...(idx.byStem.get(tok.stem) ?? []),
      ...(idx.byExact.get(tok.word) ?? []),
      ...(idx.byPrefixHead.get(tok.word.slice(0, 2)) ?? []),
    ]);
    for (const term of candidates) {
      if (seen.has(term) || !elementMatches(term.elements[0]!, tok)) continue;
      const end = matchAt(term, tokens, i);
      if (end < 0) continue;
      seen.add(term);
      const matched = tokens
        .slice(i, end + 1)
        .map((t) => t.word)
        .join(' ');
      hits.push({
        concept: term.concept,
        term: term.source,
        weight: term.weight,
        matched,
        start: i,
        end,
      });
    }
  }
  const kept = dropShadowedWords(hits);
  return { strength: strengthOf(kept), hits: kept };
}

/**
 * A phrase is context: where "looks cheap" (quality) or "на складе" (stock) matched, a one-word
 * hit of another concept on the same words ("cheap" → price) is the wrong reading, so it goes.
 */
function dropShadowedWords(hits: readonly ConceptHit[]): ConceptHit[] {
  const phrases = hits.filter((h) => h.end > h.start);
  return hits.filter(
    (h) =>
      h.end > h.start ||
      !phrases.some((p) => p.concept !== h.concept && p.start <= h.start && h.start <= p.end),
  );
}

/**
 * Evidence per concept. Hits of one concept on overlapping words are one piece of evidence (the
 * surest counts: "на складе" and "склад*" on the same word are not two hints); separate hits add
 * up as independent evidence, 1 − Π(1 − w).
 */
function strengthOf(hits: readonly ConceptHit[]): Map<Concept, number> {
  const byConcept = new Map<Concept, ConceptHit[]>();
  for (const h of hits) {
    const list = byConcept.get(h.concept);
    if (list) list.push(h);
    else byConcept.set(h.concept, [h]);
  }
  const strength = new Map<Concept, number>();
  for (const [c, list] of byConcept) {
    // Strongest first; a hit overlapping a kept one is dropped.
    const sorted = [...list].sort((a, b) => b.weight - a.weight || a.start - b.start);
    const kept: ConceptHit[] = [];
    for (const h of sorted) {
      if (!kept.some((k) => h.start <= k.end && k.start <= h.end)) kept.push(h);
    }
    strength.set(c, 1 - kept.reduce((m, h) => m * (1 - h.weight), 1));
  }
  return strength;
}

export interface ConceptSuggestion {
  concept: Concept;
  /** 0..1: how sure the wording makes us; 0 with `other` when nothing in the lexicon matched. */
  score: number;
  /** The words of the text that signalled the concept. */
  matched: string[];
}

/**
 * Suggest a need's category from its wording. The strongest concept wins; ties go to the concept
 * listed first in CONCEPTS, so the answer is stable. `lang` is accepted for callers that know the
 * language, but words are stemmed by their own script, so mixed RU/EN text works without it.
 */
export function suggestConcept(text: string, _lang?: TextLanguage): ConceptSuggestion {
  const profile = scanConcepts(analyze(text));
  let best: Concept = 'other';
  let bestScore = 0;
  for (const c of CONCEPTS) {
    const s = profile.strength.get(c) ?? 0;
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  const matched = profile.hits.filter((h) => h.concept === best).map((h) => h.matched);
  return {
    concept: best,
    score: Math.round(bestScore * 1000) / 1000,
    matched: [...new Set(matched)],
  };
}
