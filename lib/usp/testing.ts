// Tests only: small builders shared by the matcher's and the thesaurus's test files.
import type { OfferProperty } from '../model/offer';
import { matchNeeds } from './matcher';
import { scanGroups } from './relatedWords';
import { analyze } from './text';
import { THESAURUS } from './thesaurus';
import { EVERYDAY_GROUPS } from './thesaurusEveryday';
import { INDUSTRY_GROUPS_A } from './thesaurusIndustriesA';
import { INDUSTRY_GROUPS_B } from './thesaurusIndustriesB';

export function prop(id: string, statement: string): OfferProperty {
  return { id, statement, categories: [], keywords: [], proof: '', conditions: '' };
}

/** The suggested answer (property id, or null for a gap) of each pain against these properties. */
export function answers(
  pains: readonly string[],
  properties: ReadonlyArray<[string, string]>,
): Array<string | null> {
  const offer = { properties: properties.map(([id, s]) => prop(id, s)) };
  const { matches } = matchNeeds(
    pains.map((statement, i) => ({ id: `n${i}`, statement })),
    offer,
  );
  return matches.map((m) => m.best?.propertyId ?? null);
}

export type ThesaurusPart = 'core' | 'everyday' | 'a' | 'b';

/** Where each file's groups sit in THESAURUS (core, everyday, industries A, industries B). */
function partRange(part: ThesaurusPart): [number, number] {
  const b = THESAURUS.length - INDUSTRY_GROUPS_B.length;
  const a = b - INDUSTRY_GROUPS_A.length;
  const everyday = a - EVERYDAY_GROUPS.length;
  const ranges = {
    core: [0, everyday],
    everyday: [everyday, a],
    a: [a, b],
    b: [b, THESAURUS.length],
  };
  return ranges[part] as [number, number];
}

/** Groups (of one file, or of all) that two texts both touch. */
export function sharedGroups(a: string, b: string, part?: ThesaurusPart): number[] {
  const [from, to] = part ? partRange(part) : [0, THESAURUS.length];
  const other = scanGroups(analyze(b));
  return [...scanGroups(analyze(a)).keys()].filter((g) => g >= from && g < to && other.has(g));
}
