import {
  compilePattern,
  elementMatches,
  indexBy,
  matchAt,
  type CompiledPattern,
  type TermIndex as TermIndexOf,
} from './conceptScan';
import { THESAURUS } from './thesaurus';
import type { Token } from './text';

/**
 * Scanning a text for the word groups of the thesaurus (`thesaurus.ts`): which groups its words
 * belong to, and by which words. The matcher counts a group that a pain and a property both touch,
 * through different words ("сохнет" / "сушка", "wash" / "laundering"), like a shared word.
 */

interface GroupTerm extends CompiledPattern {
  group: number;
}

/** One group touched by a text: where, by which words, and how surely. */
export interface GroupHit {
  group: number;
  weight: number;
  /** The text's own words that matched, joined by spaces (for "why"). */
  surface: string;
  /** Stems of the matched content words: a group hit on a word both texts share adds nothing. */
  stems: readonly string[];
  start: number;
  end: number;
}

type TermIndex = TermIndexOf<GroupTerm>;

/**
 * One-word terms and phrases apart: a word's one-word groups depend on the word alone and are
 * looked up once per distinct word (cached); only the few phrases need the words around it.
 */
interface GroupIndex {
  words: TermIndex;
  phrases: TermIndex;
}

let index: GroupIndex | undefined;
/** Word → its one-word group hits ({group, weight}); bounded like the stem cache. */
const wordCache = new Map<string, ReadonlyArray<{ group: number; weight: number }>>();
const WORD_CACHE_LIMIT = 50_000;

function newTermIndex(): TermIndex {
  return { byStem: new Map(), byExact: new Map(), byPrefixHead: new Map() };
}

function candidates(idx: TermIndex, tok: Token): GroupTerm[] {
  const out: GroupTerm[] = [];
  for (const list of [
    idx.byStem.get(tok.stem),
    idx.byExact.get(tok.word),
    idx.byPrefixHead.get(tok.word.slice(0, 2)),
  ])
    if (list) for (const t of list) if (elementMatches(t.elements[0]!, tok)) out.push(t);
  return out;
}

/** A group's terms: the comma-separated list of one thesaurus entry. */
export function groupTerms(entry: string): string[] {
  return entry
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The thesaurus compiled once and indexed like the concept lexicon (stem, exact, prefix head). */
function groupIndex(): GroupIndex {
  if (index) return index;
  const built: GroupIndex = { words: newTermIndex(), phrases: newTermIndex() };
  THESAURUS.forEach((entry, group) => {
    for (const source of groupTerms(entry)) {
      const compiled = compilePattern(source);
      // A group's members are full members unless the entry says otherwise with `@weight`.
      const weight = /@[\d.]+$/.test(source) ? compiled.weight : 1;
      const term: GroupTerm = { group, ...compiled, weight };
      // Word order is free in Russian and loose in speech: "падает интернет" is "интернет падает".
      // A two-word phrase of a group matches in either order.
      const variants = [term];
      if (term.elements.length === 2)
        variants.push({ ...term, elements: [term.elements[1]!, term.elements[0]!] });
      for (const v of variants) {
        const first = v.elements[0];
        if (!first) continue;
        const target = v.elements.length === 1 ? built.words : built.phrases;
        for (const el of first.kind === 'any' ? first.options : [first]) indexBy(target, el, v);
      }
    }
  });
  index = built;
  return built;
}

/** The one-word groups of a word, strongest weight per group, by group id. */
function wordGroups(idx: GroupIndex, tok: Token): ReadonlyArray<{ group: number; weight: number }> {
  const key = `${tok.word}\u0000${tok.stem}`;
  const cached = wordCache.get(key);
  if (cached) return cached;
  const best = new Map<number, number>();
  for (const t of candidates(idx.words, tok))
    if ((best.get(t.group) ?? 0) < t.weight) best.set(t.group, t.weight);
  const result = [...best]
    .map(([group, weight]) => ({ group, weight }))
    .sort((a, b) => a.group - b.group);
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(key, result);
  return result;
}

/** Every group the text's words belong to, in text order, with each hit. */
export function scanGroups(tokens: readonly Token[]): Map<number, GroupHit[]> {
  const idx = groupIndex();
  const out = new Map<number, GroupHit[]>();
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    // The best hit per group starting at this token.
    const here = new Map<number, GroupHit>();
    // A lone function or generic word is no evidence; a phrase of them is ("не работает").
    if (!tok.stop) {
      for (const { group, weight } of wordGroups(idx, tok)) {
        here.set(group, { group, weight, surface: tok.word, stems: [tok.stem], start: i, end: i });
      }
    }
    for (const term of candidates(idx.phrases, tok)) {
      const end = matchAt(term, tokens, i);
      if (end < 0) continue;
      const prev = here.get(term.group);
      if (prev && (prev.weight > term.weight || (prev.weight === term.weight && prev.end >= end)))
        continue;
      const span = tokens.slice(i, end + 1);
      here.set(term.group, {
        group: term.group,
        weight: term.weight,
        surface: span.map((t) => t.word).join(' '),
        stems: span.map((t) => t.stem),
        start: i,
        end,
      });
    }
    for (const hit of [...here.values()].sort((a, b) => a.group - b.group)) {
      const list = out.get(hit.group);
      if (list) list.push(hit);
      else out.set(hit.group, [hit]);
    }
  }
  return out;
}
