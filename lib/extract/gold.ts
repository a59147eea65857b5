// Labelled pages → one Gold shape, whatever the labelling format: our NAME.gold.json, webstruct
// WebAnnotator spans (which are unwrapped in place so the scanner sees the original page), and
// the structured-data expectations of extruct / microformats tests.
import { z } from 'zod';
import { isValidInn, isValidKpp, isValidOgrn, isValidOgrnip } from './ids';
import { normaliseEmail } from './emails';
import { normalisePhone } from './phones';
import { defaultRegion } from './region';
import { normaliseSocial } from './socials';
import { localType } from './sd';

export const FACT_TYPES = [
  'org',
  'phones',
  'emails',
  'ids',
  'socials',
  'people',
  'personNames',
  'postcode',
  'city',
  'street',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

export interface Gold {
  url: string;
  lang?: string;
  /** Acceptable organisation names (webstruct: every labelled ORG). */
  orgNames: string[];
  org?: { legalName?: string; brand?: string };
  phones: string[];
  emails: string[];
  ids: string[]; // "inn:7701234567"
  socials: string[];
  people: Array<{ name: string; position: string }>;
  personNames: string[];
  postcodes: string[];
  cities: string[];
  streets: string[];
  decoys: {
    phones: string[];
    emails: string[];
    people: string[];
    socials: string[];
    ids: string[];
  };
  /** Fact types this page is labelled for; others are not scored. */
  scored: Set<FactType>;
  /** Gold items that could not be normalised (e.g. 7-digit phones without area code). */
  unscorable: number;
}

export const GoldJson = z.object({
  url: z.string(),
  lang: z.string().optional(),
  org: z.object({ legalName: z.string().optional(), brand: z.string().optional() }).optional(),
  phones: z.array(z.string()).optional(),
  emails: z.array(z.string()).optional(),
  address: z
    .object({
      postcode: z.string().optional(),
      city: z.string().optional(),
      street: z.string().optional(),
      raw: z.string().optional(),
    })
    .optional(),
  ids: z
    .object({
      inn: z.string().optional(),
      ogrn: z.string().optional(),
      ogrnip: z.string().optional(),
      kpp: z.string().optional(),
    })
    .optional(),
  socials: z.array(z.string()).optional(),
  people: z.array(z.object({ name: z.string(), position: z.string() })).optional(),
  decoys: z
    .object({
      notPhones: z.array(z.string()).optional(),
      notEmails: z.array(z.string()).optional(),
      notPeople: z.array(z.string()).optional(),
      notSocials: z.array(z.string()).optional(),
      notIds: z.array(z.string()).optional(),
    })
    .optional(),
});
export type GoldJson = z.infer<typeof GoldJson>;

function emptyGold(url: string): Gold {
  return {
    url,
    orgNames: [],
    phones: [],
    emails: [],
    ids: [],
    socials: [],
    people: [],
    personNames: [],
    postcodes: [],
    cities: [],
    streets: [],
    decoys: { phones: [], emails: [], people: [], socials: [], ids: [] },
    scored: new Set(),
    unscorable: 0,
  };
}

/** Our own format: every key present is scored (an empty list means "none on this page"). */
export function goldFromJson(raw: unknown): Gold {
  const j = GoldJson.parse(raw);
  const g = emptyGold(j.url);
  if (j.lang) g.lang = j.lang;
  const region = defaultRegion(j.url, j.lang);
  if (j.org) {
    g.org = j.org;
    g.orgNames = [j.org.legalName, j.org.brand].filter((x): x is string => Boolean(x));
    g.scored.add('org');
  }
  if (j.phones) {
    g.phones = j.phones.map((p) => normalisePhone(p, region) ?? p);
    g.scored.add('phones');
  }
  if (j.emails) {
    g.emails = j.emails.map((e) => normaliseEmail(e) ?? e.toLowerCase());
    g.scored.add('emails');
  }
  if (j.ids) {
    g.ids = Object.entries(j.ids)
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}:${v}`);
    g.scored.add('ids');
  }
  if (j.socials) {
    g.socials = j.socials.map((s) => normaliseSocial(s)?.url ?? s);
    g.scored.add('socials');
  }
  if (j.people) {
    g.people = j.people;
    g.personNames = j.people.map((p) => p.name);
    g.scored.add('people').add('personNames');
  }
  if (j.address) {
    if (j.address.postcode) g.postcodes.push(j.address.postcode);
    if (j.address.city) g.cities.push(j.address.city);
    if (j.address.street) g.streets.push(j.address.street);
    g.scored.add('postcode').add('city').add('street');
  }
  const d = j.decoys ?? {};
  g.decoys = {
    phones: d.notPhones ?? [],
    emails: d.notEmails ?? [],
    people: d.notPeople ?? [],
    socials: d.notSocials ?? [],
    ids: d.notIds ?? [],
  };
  return g;
}

interface WaEntity {
  id: string;
  type: string;
  text: string;
  offset: number;
}

/**
 * Reads WebAnnotator labels from a webstruct page and unwraps them in place (keeping the text,
 * dropping <wa-color>), so the same Document can then be scanned as the original page.
 */
export function goldFromWebstruct(doc: Document, url: string): Gold {
  const g = emptyGold(url);
  const lang = doc.documentElement.getAttribute('lang') ?? undefined;
  if (lang) g.lang = lang;
  for (const el of [...doc.querySelectorAll('wa-color')]) el.remove();
  const entities = new Map<string, WaEntity>();
  // Offsets in document text order, for pairing a person with the title next to it.
  let offset = 0;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    const span = n.parentElement?.closest('span[wa-type]');
    if (span) {
      const id = span.getAttribute('wa-id') ?? '';
      const type = span.getAttribute('wa-type') ?? '';
      const e = entities.get(id) ?? { id, type, text: '', offset };
      // Text nodes of one entity may be separated by <br>: join with a space.
      e.text += ` ${data}`;
      entities.set(id, e);
    }
    offset += data.replace(/\s+/g, ' ').length;
  }
  for (const span of [...doc.querySelectorAll('span[wa-type]')])
    span.replaceWith(...span.childNodes);

  const region = defaultRegion(url, lang);
  const list = [...entities.values()]
    .map((e) => ({ ...e, text: e.text.replace(/\s+/g, ' ').trim() }))
    .filter((e) => e.text);
  for (const e of list) {
    if (e.type === 'ORG') g.orgNames.push(e.text);
    else if (e.type === 'TEL' || e.type === 'FAX') {
      const p = normalisePhone(e.text, region);
      if (p) g.phones.push(p);
      else g.unscorable++;
    } else if (e.type === 'PER') g.personNames.push(e.text);
    else if (e.type === 'ZIPCODE') g.postcodes.push(e.text);
    else if (e.type === 'CITY') g.cities.push(e.text);
    else if (e.type === 'STREET') g.streets.push(e.text);
  }
  g.people = pairPeople(list);
  g.phones = [...new Set(g.phones)];
  g.scored = new Set(['phones', 'ids', 'people', 'personNames', 'postcode', 'city']);
  if (g.orgNames.length > 0) g.scored.add('org');
  return g;
}

/** PER and FUNC are separate spans: pair each title with the closest adjacent person (≤ 150 chars). */
export function pairPeople(
  list: ReadonlyArray<{ type: string; text: string; offset: number }>,
): Gold['people'] {
  const seq = list
    .filter((e) => e.type === 'PER' || e.type === 'FUNC')
    .sort((a, b) => a.offset - b.offset);
  const pairs: Array<{ per: number; func: number; dist: number }> = [];
  seq.forEach((e, i) => {
    if (e.type !== 'FUNC') return;
    for (const j of [i - 1, i + 1]) {
      const o = seq[j];
      if (o?.type === 'PER') {
        // "Name, Title" is the usual order: a person after the title must be clearly closer to win.
        const dist =
          Math.abs(o.offset - e.offset) -
          (j < i ? o.text.length : e.text.length) +
          (j > i ? 30 : 0);
        if (dist <= 150) pairs.push({ per: j, func: i, dist });
      }
    }
  });
  pairs.sort((a, b) => a.dist - b.dist);
  const usedP = new Set<number>();
  const usedF = new Set<number>();
  const out: Gold['people'] = [];
  // The same person with the same title labelled twice ("Project Manager" / "project manager")
  // is one fact: a scan can report it once, so counting it twice would be a miss it cannot fix.
  const seen = new Set<string>();
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  for (const p of pairs) {
    if (usedP.has(p.per) || usedF.has(p.func)) continue;
    usedP.add(p.per);
    usedF.add(p.func);
    const name = seq[p.per]!.text;
    const position = seq[p.func]!.text;
    const k = `${key(name)}|${key(position)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ name, position });
  }
  return out;
}

/**
 * extruct / microformats expectations: walk the expected JSON and map what corresponds to our
 * facts (organisation names, postal addresses, telephone, email, sameAs). Returns undefined when
 * nothing maps, so the caller can skip the page with a note.
 */
export function goldFromStructured(expected: unknown, url: string): Gold | undefined {
  const g = emptyGold(url);
  const region = defaultRegion(url, undefined);
  const stack: unknown[] = [expected];
  let guard = 0;
  while (stack.length > 0 && guard++ < 20000) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      stack.push(...v);
      continue;
    }
    if (!v || typeof v !== 'object') continue;
    const o = v as Record<string, unknown>;
    const props = (o.properties && typeof o.properties === 'object' ? o.properties : o) as Record<
      string,
      unknown
    >;
    const typesRaw = o.type ?? o['@type'];
    const types = (Array.isArray(typesRaw) ? typesRaw : [typesRaw])
      .filter((t): t is string => typeof t === 'string')
      .map(localType);
    const strs = (k: string) =>
      (Array.isArray(props[k]) ? (props[k] as unknown[]) : [props[k]]).filter(
        (x): x is string => typeof x === 'string',
      );
    if (types.some((t) => /(Organization|LocalBusiness|Store|Restaurant|Corporation)$/.test(t)))
      g.orgNames.push(...strs('name'));
    if (types.includes('h-card')) g.orgNames.push(...strs('org'));
    for (const t of [...strs('telephone'), ...strs('tel')]) {
      const p = normalisePhone(t, region);
      if (p) g.phones.push(p);
    }
    for (const e of strs('email')) {
      const n = normaliseEmail(e);
      if (n) g.emails.push(n);
    }
    for (const s of strs('sameAs')) {
      const n = normaliseSocial(s);
      if (n) g.socials.push(n.url);
    }
    g.postcodes.push(...strs('postalCode'), ...strs('postal-code'));
    g.cities.push(...strs('addressLocality'), ...strs('locality'));
    for (const val of Object.values(props)) if (val && typeof val === 'object') stack.push(val);
    if (o.children) stack.push(o.children);
  }
  const dedupe = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
  g.orgNames = dedupe(g.orgNames);
  g.phones = dedupe(g.phones);
  g.emails = dedupe(g.emails);
  g.socials = dedupe(g.socials);
  g.postcodes = dedupe(g.postcodes);
  g.cities = dedupe(g.cities);
  if (g.orgNames.length) g.scored.add('org');
  if (g.phones.length) g.scored.add('phones');
  if (g.emails.length) g.scored.add('emails');
  if (g.socials.length) g.scored.add('socials');
  if (g.postcodes.length) g.scored.add('postcode');
  if (g.cities.length) g.scored.add('city');
  return g.scored.size > 0 ? g : undefined;
}

/** Checksums of gold ids, so a fixture cannot silently carry an invalid "valid" id. */
export function goldIdIsValid(entry: string): boolean {
  const [kind, v = ''] = entry.split(':');
  if (kind === 'inn') return isValidInn(v);
  if (kind === 'ogrn') return isValidOgrn(v);
  if (kind === 'ogrnip') return isValidOgrnip(v);
  return isValidKpp(v);
}
