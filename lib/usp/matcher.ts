import type { Need } from '../model/brief';
import type { Concept } from '../model/concepts';
import type { OfferProfile, OfferProperty } from '../model/offer';
import type { NeedLink } from '../model/usp';
import { relatedness } from './lexicon';
import { scanConcepts } from './conceptScan';
import { scanGroups, type GroupHit } from './relatedWords';
import { analyze } from './text';

/**
 * Below this score a need has no answer (a gap). Calibrated on the eval cases so that a property
 * sharing only one ordinary word, or only a loosely related concept, with a pain stays under it:
 * a wrong answer shown as an answer is worse than an honest "no answer yet".
 */
export const DEFAULT_THRESHOLD = 0.3;
/** What one shared content word adds (before rarity): several shared words are needed to count. */
const WORD_WEIGHT = 0.4;
/**
 * Short stems ("офис", "час", "day") are everyday words that say little; a long one
 * ("pedestrian", "картридж") is specific. A short stem alone stays under the threshold.
 */
const SHORT_STEM = 4;
const SHORT_STEM_FACTOR = 0.8;
/**
 * A single shared word with no concept in common counts this much: WORD_WEIGHT × this stays under
 * the threshold.
 */
const LONE_WORD_FACTOR = 0.7;
/** A shared stem prefix ("материал"/"материа") is worth this much of an exact stem match. */
const PREFIX_MATCH = 0.8;
const MIN_PREFIX_STEM = 5;
/**
 * Stems that share a long common beginning but neither is a prefix of the other: Snowball leaves
 * different suffixes on words of one root across parts of speech ("вегетарианц"/"вегетарианск",
 * "allergi"/"allergen"). The shared part must be long, and most of the shorter stem.
 */
const COMMON_ROOT_MATCH = 0.7;
const MIN_COMMON_ROOT = 6;
const COMMON_ROOT_SHARE = 0.75;
/**
 * How much a need's claim on a property weakens when another need of the brief fits that property
 * better (per point of difference). Briefs list different pains, and offers answer them with
 * different properties; without this, one broad property wins every pain it touches.
 */
const COMPETITION = 0.5;
/** Each further concept pair counts this much of the one before it. */
const PAIR_DECAY = 0.5;
/**
 * A concept pair counts this much of its strength. Concepts are broad (a delivery concept fires on
 * "забирает" and on "доставка"), so a shared concept alone must not outweigh the pain's own
 * specific words that a property repeats; measured on fresh batches, 0.7 gave more right answers
 * and fewer distractor claims than 1.
 */
const CONCEPT_WEIGHT = 0.7;
/**
 * Two different words of one thesaurus group ("сохнет" / "сушка", "wash" / "laundering") count
 * this much of a shared word: near-synonyms and a pain's word with its answer's word are evidence,
 * a little less sure than the same word.
 */
const GROUP_MATCH = 0.9;
/** Contributions below this are noise and are not shown as a reason. */
const WHY_MIN = 0.05;

/** The part of a need the matcher reads. */
export type MatchableNeed = Pick<Need, 'id' | 'statement'> &
  Partial<Pick<Need, 'category' | 'categoryConfirmed'>>;

export interface MatchWhy {
  /** Concepts shared (or related) between the need and the property, strongest first. */
  concepts: Concept[];
  /**
   * The need's own words that the property shares; a word related through the thesaurus is shown
   * with the property's word it matched: "сохнет ≈ сушка".
   */
  words: string[];
}

export interface RankedProperty {
  propertyId: string;
  score: number;
  why: MatchWhy;
}

export interface NeedMatch {
  needId: string;
  /** Properties with any evidence, best first; ties keep the offer's order. */
  ranked: RankedProperty[];
  /** The answer: the rep's confirmed choice, else the top suggestion at or above the threshold. */
  best: RankedProperty | null;
  gap: boolean;
  source: 'confirmed' | 'suggested' | 'none';
}

export interface MatchResult {
  matches: NeedMatch[];
  links: NeedLink[];
}

export interface MatchOptions {
  threshold?: number;
}

interface TextProfile {
  concepts: Map<Concept, number>;
  /** Content stems (no function words, no bare numbers) → the first surface word. */
  words: Map<string, string>;
  /** Thesaurus groups the text touches, with the words that touched them. */
  groups: Map<number, GroupHit[]>;
}

function profileText(text: string, extraConcepts: readonly Concept[]): TextProfile {
  const tokens = analyze(text);
  const { strength } = scanConcepts(tokens);
  for (const c of extraConcepts) if (c !== 'other') strength.set(c, 1);
  const words = new Map<string, string>();
  for (const t of tokens) {
    if (t.stop || t.word.length < 3 || /^\p{N}+$/u.test(t.word)) continue;
    if (!words.has(t.stem)) words.set(t.stem, t.word);
  }
  return { concepts: strength, words, groups: scanGroups(tokens) };
}

/** What the matcher knows about a property: its statement, keywords and rep-given categories. */
function profileProperty(p: OfferProperty): TextProfile {
  return profileText([p.statement, ...p.keywords].join(' \n '), p.categories);
}

function profileNeed(n: MatchableNeed): TextProfile {
  const confirmed = n.categoryConfirmed && n.category ? [n.category] : [];
  return profileText(n.statement, confirmed);
}

/** How well two stems agree: equal, one a long prefix of the other (unstable Russian stems), or not. */
function stemAgreement(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_PREFIX_STEM) return 0;
  if (long.startsWith(short)) return PREFIX_MATCH;
  if (short.length < MIN_COMMON_ROOT) return 0;
  let common = 0;
  while (common < short.length && short.charCodeAt(common) === long.charCodeAt(common)) common++;
  return common >= MIN_COMMON_ROOT && common >= COMMON_ROOT_SHARE * short.length
    ? COMMON_ROOT_MATCH
    : 0;
}

/**
 * Rarity inside this offer: a concept or word that half the properties share says little about
 * which of them answers a pain (a logistics company's every property mentions shipments).
 */
function rarity(df: number): number {
  return df <= 1 ? 1 : 1 / Math.sqrt(df);
}

function countDocs<K>(keysPerDoc: Iterable<Iterable<K>>): Map<K, number> {
  const df = new Map<K, number>();
  for (const keys of keysPerDoc) for (const k of new Set(keys)) df.set(k, (df.get(k) ?? 0) + 1);
  return df;
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

function scorePair(
  need: TextProfile,
  prop: TextProfile,
  conceptDf: Map<Concept, number>,
  wordDf: Map<string, number>,
  groupDf: Map<number, number>,
): { score: number; why: MatchWhy } {
  // Concepts: every (pain concept, answer concept) pair is evidence. The strongest pair counts in
  // full and each further one at half the weight of the one before, so a property that touches
  // many loosely related concepts cannot outscore one that answers the pain's concept directly.
  const pairs: Array<{ c: Concept[]; w: number }> = [];
  for (const [a, sa] of need.concepts) {
    for (const [b, sb] of prop.concepts) {
      const r = relatedness(a, b);
      if (r === 0) continue;
      pairs.push({
        c: a === b ? [a] : [a, b],
        w: CONCEPT_WEIGHT * sa * sb * r * rarity(conceptDf.get(b) ?? 1),
      });
    }
  }
  // Stable order of reasons: by weight, then by first appearance (the sort is stable).
  pairs.sort((x, y) => y.w - x.w);
  let conceptMiss = 1;
  pairs.forEach((p, i) => {
    conceptMiss *= 1 - p.w * PAIR_DECAY ** i;
  });
  const reasons = pairs.filter((p) => p.w >= WHY_MIN);
  // Words: shared content stems, the rarer in the offer the stronger.
  let wordMiss = 1;
  const words: string[] = [];
  const usedNeed = new Set<string>();
  const usedProp = new Set<string>();
  let groupCount = 0;
  for (const [s, surface] of need.words) {
    let bestAgree = prop.words.has(s) ? 1 : 0;
    let bestStem = s;
    // Prefix agreement only when no exact one: the common case stays one set look-up.
    if (bestAgree === 0) {
      for (const ps of prop.words.keys()) {
        const agree = stemAgreement(s, ps);
        if (agree > bestAgree) {
          bestAgree = agree;
          bestStem = ps;
        }
      }
    }
    if (bestAgree === 0) continue;
    const specific = Math.min(s.length, bestStem.length) <= SHORT_STEM ? SHORT_STEM_FACTOR : 1;
    wordMiss *= 1 - WORD_WEIGHT * specific * bestAgree * rarity(wordDf.get(bestStem) ?? 1);
    words.push(surface);
    usedNeed.add(s);
    usedProp.add(bestStem);
  }
  // Thesaurus groups both texts touch through different words. Each group counts once, and a
  // word already counted (shared as itself, or through another group) is not counted again.
  for (const [g, needHits] of need.groups) {
    const propHits = prop.groups.get(g);
    if (!propHits) continue;
    let best: { w: number; n: GroupHit; p: GroupHit } | undefined;
    for (const n of needHits) {
      // A hit whose every word is already counted adds nothing ("used oil" / "waste oil" still
      // adds "used" ≈ "waste" after "oil" counted as a shared word).
      if (n.stems.every((x) => usedNeed.has(x))) continue;
      for (const p of propHits) {
        if (p.stems.every((x) => usedProp.has(x) || n.stems.includes(x))) continue;
        if (n.stems.every((x) => p.stems.includes(x))) continue;
        const w = Math.min(n.weight, p.weight);
        if (!best || w > best.w) best = { w, n, p };
      }
    }
    if (!best) continue;
    wordMiss *= 1 - WORD_WEIGHT * GROUP_MATCH * best.w * rarity(groupDf.get(g) ?? 1);
    words.push(`${best.n.surface} ≈ ${best.p.surface}`);
    groupCount++;
    for (const x of best.n.stems) usedNeed.add(x);
    for (const x of best.p.stems) usedProp.add(x);
  }
  // One shared word and no concept the two agree on is a coincidence of topic, not an answer:
  // distractors share the client's nouns too ("маляры", "forklifts"). A thesaurus match is not
  // such a coincidence: two different words of one matter ("сосульки" / "наледь") are a reading
  // of the pain, and the groups hold matters, not the industry's nouns.
  const lone = pairs.length === 0 && words.length === 1 && groupCount === 0 ? LONE_WORD_FACTOR : 1;
  const score = round((1 - conceptMiss * wordMiss) * lone);
  const concepts = [...new Set(reasons.flatMap((r) => r.c))];
  return { score, why: { concepts, words } };
}

export interface ProfiledOffer {
  props: TextProfile[];
  conceptDf: Map<Concept, number>;
  wordDf: Map<string, number>;
  groupDf: Map<number, number>;
}

/** The offer's properties profiled once per call, with document frequencies for rarity. */
export function profileOffer(offer: Pick<OfferProfile, 'properties'>): ProfiledOffer {
  const props = offer.properties.map(profileProperty);
  const conceptDf = countDocs(
    props.map((p) => [...p.concepts].filter(([, s]) => s >= 0.3).map(([c]) => c)),
  );
  const wordDf = countDocs(props.map((p) => p.words.keys()));
  const groupDf = countDocs(props.map((p) => p.groups.keys()));
  return { props, conceptDf, wordDf, groupDf };
}

interface Scored extends RankedProperty {
  order: number;
}

function sortRanked(list: Scored[]): RankedProperty[] {
  list.sort((a, b) => b.score - a.score || a.order - b.order);
  return list.map(({ propertyId, score, why }) => ({ propertyId, score, why }));
}

/** Raw scores of every property for one need, in the offer's order (zero scores included). */
function scoreNeed(
  need: MatchableNeed,
  offer: Pick<OfferProfile, 'properties'>,
  profiled: ProfiledOffer,
): Scored[] {
  const np = profileNeed(need);
  return offer.properties.map((p, order) => {
    const { score, why } = scorePair(
      np,
      profiled.props[order]!,
      profiled.conceptDf,
      profiled.wordDf,
      profiled.groupDf,
    );
    return { propertyId: p.id, score, why, order };
  });
}

/**
 * Rank the offer's properties for one text on its own (no other needs competing): used for
 * competitor weaknesses in the composer and by tests.
 */
export function rankProperties(
  need: MatchableNeed,
  offer: Pick<OfferProfile, 'properties'>,
  profiled: ProfiledOffer = profileOffer(offer),
): RankedProperty[] {
  return sortRanked(scoreNeed(need, offer, profiled).filter((s) => s.score > 0));
}

/**
 * Rank for every need, with competition between needs: a need's score for a property drops by
 * COMPETITION × how much better the best other need fits that property.
 */
function rankAll(
  needs: readonly MatchableNeed[],
  offer: Pick<OfferProfile, 'properties'>,
): RankedProperty[][] {
  const profiled = profileOffer(offer);
  const raw = needs.map((n) => scoreNeed(n, offer, profiled));
  const n = offer.properties.length;
  // Per property the best and second-best raw score over needs, to find "the best other need".
  const top1 = new Array<number>(n).fill(0);
  const top2 = new Array<number>(n).fill(0);
  const top1Need = new Array<number>(n).fill(-1);
  raw.forEach((row, i) => {
    row.forEach((s, j) => {
      if (s.score > top1[j]!) {
        top2[j] = top1[j]!;
        top1[j] = s.score;
        top1Need[j] = i;
      } else if (s.score > top2[j]!) top2[j] = s.score;
    });
  });
  return raw.map((row, i) =>
    sortRanked(
      row
        .map((s, j) => {
          const other = top1Need[j] === i ? top2[j]! : top1[j]!;
          const score = round(Math.max(0, s.score - COMPETITION * Math.max(0, other - s.score)));
          return { ...s, score };
        })
        .filter((s) => s.score > 0),
    ),
  );
}

/**
 * Match every need to the offer. The rep's decisions win: a confirmed link is the answer whatever
 * the scores say, a removed link is never suggested again, and both are returned unchanged.
 * Earlier suggestions are recomputed. A need whose best remaining property is under the threshold
 * is a gap and gets no suggested link.
 */
export function matchNeeds(
  needs: readonly MatchableNeed[],
  offer: Pick<OfferProfile, 'properties'>,
  existingLinks: readonly NeedLink[] = [],
  options: MatchOptions = {},
): MatchResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const rankedAll = rankAll(needs, offer);
  const propertyIds = new Set(offer.properties.map((p) => p.id));
  const kept = existingLinks.filter((l) => l.status !== 'suggested');
  const handledNeeds = new Set<string>();
  const matches: NeedMatch[] = [];
  const links: NeedLink[] = [];

  needs.forEach((need, i) => {
    if (handledNeeds.has(need.id)) return;
    handledNeeds.add(need.id);
    const ranked = rankedAll[i]!;
    const own = kept.filter((l) => l.needId === need.id);
    links.push(...own);
    const confirmed = own.find((l) => l.status === 'confirmed');
    if (confirmed) {
      const pid = confirmed.propertyId;
      // A confirmed link to nothing (or to a property since deleted) is the rep saying "gap".
      const best =
        pid !== null && propertyIds.has(pid)
          ? (ranked.find((r) => r.propertyId === pid) ?? {
              propertyId: pid,
              score: 0,
              why: { concepts: [], words: [] },
            })
          : null;
      matches.push({ needId: need.id, ranked, best, gap: best === null, source: 'confirmed' });
      return;
    }
    const removed = new Set(own.filter((l) => l.status === 'removed').map((l) => l.propertyId));
    const top = ranked.find((r) => !removed.has(r.propertyId));
    if (top && top.score >= threshold) {
      links.push({
        needId: need.id,
        propertyId: top.propertyId,
        status: 'suggested',
        score: top.score,
      });
      matches.push({ needId: need.id, ranked, best: top, gap: false, source: 'suggested' });
    } else {
      matches.push({ needId: need.id, ranked, best: null, gap: true, source: 'none' });
    }
  });
  // The rep's decisions about needs not in this brief (deleted, or matched elsewhere) are kept.
  links.push(...kept.filter((l) => !handledNeeds.has(l.needId)));
  return { matches, links };
}
