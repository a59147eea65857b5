// Small helpers shared by every extractor: collecting facts keyed by their normalised value and
// attaching evidence without letting one repeated fact grow unbounded on a hostile page.
import type { Evidence } from './schema';

/** Evidence kept per fact within one scan; merging pages may add more. */
export const MAX_EVIDENCE_PER_FACT = 3;

export function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.source === b.source && a.snippet === b.snippet;
}

/** Union of two evidence lists, order of first appearance kept, no duplicates. */
export function unionEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const out = [...a];
  for (const e of b) if (!out.some((x) => sameEvidence(x, e))) out.push(e);
  return out;
}

export function evidence(source: Evidence['source'], snippet: string): Evidence {
  return { source, snippet: snippet.replace(/\s+/g, ' ').trim().slice(0, 200) };
}

/** Insertion-ordered map of facts by key; `add` creates or enriches. */
export class FactBag<T extends { evidence: Evidence[] }> {
  readonly map = new Map<string, T>();

  /**
   * `ev` may be a thunk: snippets cost a slice and three regex passes, and a fact repeated all
   * over a page keeps only its first few, so later sightings should not build theirs.
   */
  add(
    key: string,
    create: () => T,
    evIn: Evidence | (() => Evidence) | undefined,
    update?: (fact: T) => void,
  ): T {
    let fact = this.map.get(key);
    if (!fact) {
      fact = create();
      this.map.set(key, fact);
    } else if (update) update(fact);
    if (evIn && fact.evidence.length < MAX_EVIDENCE_PER_FACT) {
      const ev = typeof evIn === 'function' ? evIn() : evIn;
      if (!fact.evidence.some((x) => sameEvidence(x, ev))) fact.evidence.push(ev);
    }
    return fact;
  }

  values(): T[] {
    return [...this.map.values()];
  }
}
