// Merging scans of several pages of one site: union without duplicates, keyed by the same
// normalised values the extractors use, keeping every piece of evidence. Pure and
// order-independent in content (commutative up to list order, idempotent).
import { addressKey } from './address';
import { unionEvidence } from './facts';
import { nameKey } from './names';
import { orgKey, pickOrg } from './org';
import type { AddressFact, OrgCandidate, PersonFact, ScanResult } from './schema';

function mergeBy<T extends { evidence: ScanResult['phones'][number]['evidence'] }>(
  a: readonly T[],
  b: readonly T[],
  key: (x: T) => string,
  combine: (x: T, y: T) => T,
): T[] {
  const map = new Map<string, T>();
  for (const x of [...a, ...b]) {
    const k = key(x);
    const prev = map.get(k);
    map.set(
      k,
      prev
        ? { ...combine(prev, x), evidence: unionEvidence(prev.evidence, x.evidence) }
        : { ...x, evidence: unionEvidence([], x.evidence) },
    );
  }
  return [...map.values()];
}

/** Deterministic choice between two optional strings: defined wins, then longer, then smaller. */
function pick(x: string | undefined, y: string | undefined): string | undefined {
  if (x === undefined) return y;
  if (y === undefined) return x;
  if (x.length !== y.length) return x.length > y.length ? x : y;
  return x < y ? x : y;
}

function withOptional<T extends object>(base: T, extra: Record<string, string | undefined>): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

export function mergeScanResults(a: ScanResult, b: ScanResult): ScanResult {
  const candidates = mergeBy<OrgCandidate>(
    a.org.candidates,
    b.org.candidates,
    (c) => `${c.kind}:${orgKey(c.value)}`,
    (x, y) => ({
      ...x,
      value: pick(x.value, y.value) ?? x.value,
      score: Math.max(x.score, y.score),
    }),
  );
  return {
    org: { ...pickOrg(candidates), candidates },
    phones: mergeBy(
      a.phones,
      b.phones,
      (p) => p.value,
      (x, y) => ({ ...x, fax: x.fax || y.fax }),
    ),
    emails: mergeBy(
      a.emails,
      b.emails,
      (e) => e.value,
      (x) => x,
    ),
    addresses: mergeBy<AddressFact>(
      a.addresses,
      b.addresses,
      (x) => addressKey(x),
      (x, y) =>
        withOptional(x, {
          raw: pick(x.raw, y.raw),
          postcode: pick(x.postcode, y.postcode),
          city: pick(x.city, y.city),
          street: pick(x.street, y.street),
          region: pick(x.region, y.region),
          country: pick(x.country, y.country),
        }),
    ),
    ids: mergeBy(
      a.ids,
      b.ids,
      (x) => `${x.kind}:${x.value}`,
      (x) => x,
    ),
    socials: mergeBy(
      a.socials,
      b.socials,
      (x) => x.url,
      (x) => x,
    ),
    people: mergeBy<PersonFact>(
      a.people,
      b.people,
      (p) => nameKey(p.name),
      (x, y) =>
        withOptional(x, { name: pick(x.name, y.name), position: pick(x.position, y.position) }),
    ),
    truncated: a.truncated || b.truncated,
  };
}
