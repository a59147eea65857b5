import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeScanResults } from './merge';
import type { ScanResult } from './schema';

const ev = fc.record({
  snippet: fc.constantFrom('a', 'b', 'c'),
  source: fc.constantFrom('text' as const, 'link' as const, 'jsonld' as const),
});
const evs = fc.uniqueArray(ev, {
  minLength: 1,
  maxLength: 2,
  selector: (e) => e.source + e.snippet,
});
const scan: fc.Arbitrary<ScanResult> = fc
  .record({
    org: fc
      .record({
        candidates: fc.uniqueArray(
          fc.record({
            value: fc.constantFrom('Ромашка', 'ООО «Ромашка»', 'Acme', 'Acme, Inc.'),
            kind: fc.constantFrom('brand' as const, 'legal' as const),
            score: fc.integer({ min: 0, max: 12 }),
            evidence: evs,
          }),
          { selector: (c) => `${c.kind}:${c.value}`, maxLength: 4 },
        ),
      })
      .map((o) => ({ ...o })),
    phones: fc.uniqueArray(
      fc.record({
        value: fc.constantFrom('+74951234567', '+78005553535;ext=1'),
        fax: fc.boolean(),
        evidence: evs,
      }),
      { selector: (p) => p.value },
    ),
    emails: fc.uniqueArray(
      fc.record({ value: fc.constantFrom('a@b.ru', 'c@d.ru'), evidence: evs }),
      { selector: (e) => e.value },
    ),
    addresses: fc.uniqueArray(
      fc.record({
        raw: fc.constantFrom('123456, г. Москва, ул. А, д. 1'),
        postcode: fc.constant('123456'),
        street: fc.constantFrom('ул. А, д. 1'),
        city: fc.constantFrom('Москва', 'Москва г'),
        evidence: evs,
      }),
      { selector: (a) => a.street, maxLength: 1 },
    ),
    ids: fc.uniqueArray(
      fc.record({
        kind: fc.constant('inn' as const),
        value: fc.constantFrom('7723456782', '5406772310'),
        evidence: evs,
      }),
      { selector: (i) => i.value },
    ),
    socials: fc.uniqueArray(
      fc.record({
        url: fc.constantFrom('https://vk.com/a', 'https://t.me/b'),
        network: fc.constant('vk' as const),
        evidence: evs,
      }),
      { selector: (s) => s.url },
    ),
    people: fc.uniqueArray(
      fc.record({
        name: fc.constantFrom('Иванов Иван Иванович', 'Jane Doe'),
        position: fc.constantFrom('Директор', 'CEO', 'Head of Sales'),
        evidence: evs,
      }),
      { selector: (p) => p.name },
    ),
    truncated: fc.boolean(),
  })
  .map((r) => ({
    ...r,
    org: {
      ...r.org,
      ...mergeScanResults(emptyScan(), { ...emptyScan(), org: { candidates: r.org.candidates } })
        .org,
    },
  }));

function emptyScan(): ScanResult {
  return {
    org: { candidates: [] },
    phones: [],
    emails: [],
    addresses: [],
    ids: [],
    socials: [],
    people: [],
    truncated: false,
  };
}

/** Order-insensitive view: lists sorted, evidence sorted. */
function canon(r: ScanResult): string {
  const sortEv = <T extends { evidence: ScanResult['phones'][number]['evidence'] }>(xs: T[]) =>
    xs
      .map((x) => ({
        ...x,
        evidence: [...x.evidence].sort((a, b) =>
          (a.source + a.snippet).localeCompare(b.source + b.snippet),
        ),
      }))
      .map((x) => JSON.stringify(x, Object.keys(x).sort()))
      .sort();
  return JSON.stringify({
    org: [r.org.legalName, r.org.brand, sortEv(r.org.candidates)],
    phones: sortEv(r.phones),
    emails: sortEv(r.emails),
    addresses: sortEv(r.addresses),
    ids: sortEv(r.ids),
    socials: sortEv(r.socials),
    people: sortEv(r.people),
    truncated: r.truncated,
  });
}

describe('mergeScanResults', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(scan, (a) => canon(mergeScanResults(a, a)) === canon(a)));
  });
  it('is commutative up to order', () => {
    fc.assert(
      fc.property(
        scan,
        scan,
        (a, b) => canon(mergeScanResults(a, b)) === canon(mergeScanResults(b, a)),
      ),
    );
  });
  it('leaves no duplicates and keeps every evidence', () => {
    fc.assert(
      fc.property(scan, scan, (a, b) => {
        const m = mergeScanResults(a, b);
        expect(new Set(m.phones.map((p) => p.value)).size).toBe(m.phones.length);
        expect(new Set(m.people.map((p) => p.name.toLowerCase())).size).toBe(m.people.length);
        for (const p of [...a.phones, ...b.phones]) {
          const merged = m.phones.find((x) => x.value === p.value)!;
          for (const e of p.evidence) expect(merged.evidence).toContainEqual(e);
          if (p.fax) expect(merged.fax).toBe(true);
        }
      }),
    );
  });
});
