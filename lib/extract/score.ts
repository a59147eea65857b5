// Scoring a scan against a Gold page: true/false positives and misses per fact type. Shared by
// the golden-file test and the eval CLI so both measure the same thing.
import type { FactType, Gold } from './gold';
import { FACT_TYPES } from './gold';
import { nameKey } from './names';
import { normaliseLegal, orgKey, stripLegalForm } from './org';
import type { ScanResult } from './schema';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type PageScore = Partial<Record<FactType, Counts>> & { decoyHits: string[] };

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function setScore(
  pred: Iterable<string>,
  gold: Iterable<string>,
  eq: (p: string, g: string) => boolean = (a, b) => a === b,
): Counts {
  const p = [...new Set(pred)];
  const g = [...new Set(gold)];
  const matched = new Set<number>();
  const c = zero();
  for (const x of p) {
    const i = g.findIndex((y, k) => !matched.has(k) && eq(x, y));
    if (i >= 0) {
      matched.add(i);
      c.tp++;
    } else c.fp++;
  }
  c.fn = g.length - matched.size;
  return c;
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Organisation names match when equal without legal form/punctuation, or one contains the other as whole words. */
export function orgMatches(pred: string, label: string): boolean {
  const a = words(stripLegalForm(pred)).join(' ');
  const b = words(stripLegalForm(label)).join(' ');
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && ` ${long} `.includes(` ${short} `);
}

/** Titles match when equal, contained, or sharing half their words. */
export function positionMatches(pred: string, gold: string): boolean {
  const a = words(pred);
  const b = words(gold);
  if (a.length === 0 || b.length === 0) return false;
  const as = a.join(' ');
  const bs = b.join(' ');
  if (as === bs || ` ${as} `.includes(` ${bs} `) || ` ${bs} `.includes(` ${as} `)) return true;
  const common = a.filter((w) => b.includes(w)).length;
  return common / Math.max(a.length, b.length) >= 0.5;
}

function streetKey(s: string): string {
  return words(s).join(' ');
}

export function scorePage(gold: Gold, r: ScanResult): PageScore {
  const out: PageScore = { decoyHits: [] };
  const want = (t: FactType) => gold.scored.has(t);

  if (want('org')) {
    if (gold.org) {
      const c = zero();
      const one = (
        pred: string | undefined,
        g: string | undefined,
        eq: (a: string, b: string) => boolean,
      ) => {
        if (g && pred && eq(pred, g)) c.tp++;
        else {
          if (pred) c.fp++;
          if (g) c.fn++;
        }
      };
      one(
        r.org.legalName,
        gold.org.legalName,
        (a, b) => orgKey(normaliseLegal(a)) === orgKey(normaliseLegal(b)),
      );
      one(r.org.brand, gold.org.brand, (a, b) => orgKey(a) === orgKey(b));
      out.org = c;
    } else {
      const primary = r.org.brand ?? r.org.legalName;
      const hit = primary !== undefined && gold.orgNames.some((g) => orgMatches(primary, g));
      out.org = { tp: hit ? 1 : 0, fp: primary !== undefined && !hit ? 1 : 0, fn: hit ? 0 : 1 };
    }
  }
  if (want('phones'))
    out.phones = setScore(
      r.phones.map((p) => p.value),
      gold.phones,
    );
  if (want('emails'))
    out.emails = setScore(
      r.emails.map((e) => e.value),
      gold.emails,
    );
  if (want('ids'))
    out.ids = setScore(
      r.ids.map((i) => `${i.kind}:${i.value}`),
      gold.ids,
    );
  if (want('socials'))
    out.socials = setScore(
      r.socials.map((s) => s.url),
      gold.socials,
    );
  if (want('people')) {
    const pred = r.people
      .filter((p) => p.position)
      .map((p) => `${nameKey(p.name)}\u0000${p.position}`);
    const g = gold.people.map((p) => `${nameKey(p.name)}\u0000${p.position}`);
    out.people = setScore(pred, g, (a, b) => {
      const [an = '', ap = ''] = a.split('\u0000');
      const [bn = '', bp = ''] = b.split('\u0000');
      return an === bn && positionMatches(ap, bp);
    });
  }
  if (want('personNames'))
    out.personNames = setScore(
      r.people.map((p) => nameKey(p.name)),
      gold.personNames.map(nameKey),
    );
  const norm = (s: string) => s.toUpperCase().replace(/\s+/g, '');
  if (want('postcode'))
    out.postcode = setScore(
      r.addresses.flatMap((a) => (a.postcode ? [norm(a.postcode)] : [])),
      gold.postcodes.map(norm),
    );
  if (want('city'))
    out.city = setScore(
      r.addresses.flatMap((a) => (a.city ? [a.city.toLowerCase()] : [])),
      gold.cities.map((c) => c.toLowerCase().trim()),
    );
  if (want('street'))
    out.street = setScore(
      r.addresses.flatMap((a) => (a.street ? [streetKey(a.street)] : [])),
      gold.streets.map(streetKey),
      (a, b) => a === b || a.includes(b) || b.includes(a),
    );

  const d = gold.decoys;
  const digits = (x: string) => x.replace(/\D/g, '');
  // A decoy is hit when a reported number is that digit string (as written, or as its national part).
  for (const p of r.phones) {
    const v = digits(p.value.split(';')[0] ?? '');
    if (
      d.phones.some(
        (x) =>
          digits(x).length >= 7 &&
          (v === digits(x) ||
            (digits(x).length >= 10 && v.endsWith(digits(x).replace(/^[78]/, '')))),
      )
    )
      out.decoyHits.push(`phone ${p.value}`);
  }
  for (const e of r.emails)
    if (d.emails.some((x) => x.toLowerCase() === e.value)) out.decoyHits.push(`email ${e.value}`);
  for (const p of r.people)
    if (d.people.some((x) => nameKey(x) === nameKey(p.name)))
      out.decoyHits.push(`person ${p.name}`);
  for (const s of r.socials)
    if (d.socials.some((x) => x.toLowerCase().replace(/\/$/, '') === s.url))
      out.decoyHits.push(`social ${s.url}`);
  for (const i of r.ids)
    if (d.ids.some((x) => x.replace(/\D/g, '') === i.value)) out.decoyHits.push(`id ${i.value}`);
  return out;
}

export function addCounts(total: Partial<Record<FactType, Counts>>, page: PageScore): void {
  for (const t of FACT_TYPES) {
    const c = page[t];
    if (!c) continue;
    const acc = (total[t] ??= zero());
    acc.tp += c.tp;
    acc.fp += c.fp;
    acc.fn += c.fn;
  }
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

export function isPerfect(s: PageScore): boolean {
  return (
    s.decoyHits.length === 0 && FACT_TYPES.every((t) => !s[t] || (s[t].fp === 0 && s[t].fn === 0))
  );
}
