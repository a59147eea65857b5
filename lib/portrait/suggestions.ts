// From scanned pages to suggestions the rep accepts or dismisses. Pure: pages in, suggestions
// out; accepting returns a new portrait. A suggestion's id is its field and normalised value,
// so the same fact found on several pages is one suggestion with several sources, and a
// dismissed fact stays dismissed when the page is scanned again.
import { addressKey } from '../extract/address';
import { nameKey } from '../extract/names';
import type { ScanResult } from '../extract/schema';
import type { Evidence, Portrait } from '../model';
import { CORE_FIELDS, type CoreFieldKey } from './templates';
import { makeValue, putValue, valueKey } from './values';

export interface ScannedPage {
  url: string;
  title: string;
  scannedAt: number;
  result: ScanResult;
}

/** One place a fact was seen: the page, the words around it, when. */
export interface SuggestionSource {
  url: string;
  pageTitle: string;
  snippet: string;
  /** How the scanner found it: jsonld, microdata, hcard, opengraph, meta, link, text. */
  via: string;
  scannedAt: number;
}

export interface Suggestion {
  id: string;
  field: CoreFieldKey;
  value: string;
  /** Extra words shown beside the value: "fax", the social network. */
  note?: string;
  sources: SuggestionSource[];
}

export interface PersonSuggestion {
  id: string;
  name: string;
  position?: string;
  sources: SuggestionSource[];
}

export interface SuggestionWords {
  /** Appended to fax numbers, e.g. "fax" / "факс". */
  fax: string;
  /** Before an extension number, e.g. "ext." / "доб.". */
  ext: string;
}

const DEFAULT_WORDS: SuggestionWords = { fax: 'fax', ext: 'ext.' };

/** "+73432104567;ext=105" → "+7 343 210-45-67 ext. 105" (Russian numbers grouped, others kept). */
export function formatPhone(e164: string, words: SuggestionWords = DEFAULT_WORDS): string {
  const [number, ext] = e164.split(';ext=');
  const ru = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(number ?? '');
  const shown = ru ? `+7 ${ru[1]} ${ru[2]}-${ru[3]}-${ru[4]}` : (number ?? e164);
  return ext ? `${shown} ${words.ext} ${ext}` : shown;
}

interface Fact {
  field: CoreFieldKey;
  value: string;
  key: string;
  note?: string;
  evidence: ScanResult['phones'][number]['evidence'];
}

function factsOf(result: ScanResult, words: SuggestionWords): Fact[] {
  const facts: Fact[] = [];
  const org = result.org;
  const evidenceOf = (value: string | undefined, kind: 'legal' | 'brand') =>
    org.candidates.find((c) => c.kind === kind && c.value === value)?.evidence ?? [];
  if (org.legalName)
    facts.push({
      field: 'legalName',
      value: org.legalName,
      key: valueKey('legalName', org.legalName),
      evidence: evidenceOf(org.legalName, 'legal'),
    });
  if (org.brand && org.brand !== org.legalName)
    facts.push({
      field: 'brand',
      value: org.brand,
      key: valueKey('brand', org.brand),
      evidence: evidenceOf(org.brand, 'brand'),
    });
  for (const p of result.phones) {
    const value = formatPhone(p.value, words) + (p.fax ? ` (${words.fax})` : '');
    facts.push({ field: 'phones', value, key: valueKey('phones', value), evidence: p.evidence });
  }
  for (const e of result.emails)
    facts.push({ field: 'emails', value: e.value, key: e.value, evidence: e.evidence });
  for (const a of result.addresses)
    facts.push({ field: 'addresses', value: a.raw, key: addressKey(a), evidence: a.evidence });
  for (const id of result.ids) {
    const field: CoreFieldKey = id.kind === 'kpp' ? 'kpp' : id.kind === 'inn' ? 'inn' : 'ogrn';
    facts.push({ field, value: id.value, key: id.value, evidence: id.evidence });
  }
  for (const s of result.socials)
    facts.push({
      field: 'socials',
      value: s.url,
      key: valueKey('socials', s.url),
      note: s.network,
      evidence: s.evidence,
    });
  return facts;
}

/** Pages newest first, so a fact's first source is where it was seen last. */
function newestFirst(pages: readonly ScannedPage[]): ScannedPage[] {
  return [...pages].sort((a, b) => b.scannedAt - a.scannedAt);
}

function sourcesOf(page: ScannedPage, evidence: Fact['evidence']): SuggestionSource[] {
  const list = evidence.length ? evidence : [{ snippet: '', source: 'text' as const }];
  return list.map((e) => ({
    url: page.url,
    pageTitle: page.title,
    snippet: e.snippet,
    via: e.source,
    scannedAt: page.scannedAt,
  }));
}

/** Every fact of every scanned page, once each, in field order then first appearance. */
export function collectSuggestions(
  pages: readonly ScannedPage[],
  words: SuggestionWords = DEFAULT_WORDS,
): Suggestion[] {
  const byId = new Map<string, Suggestion>();
  for (const page of newestFirst(pages)) {
    for (const fact of factsOf(page.result, words)) {
      const id = `${fact.field}:${fact.key}`;
      const sources = sourcesOf(page, fact.evidence);
      const known = byId.get(id);
      if (!known) {
        byId.set(id, {
          id,
          field: fact.field,
          value: fact.value,
          ...(fact.note ? { note: fact.note } : {}),
          sources,
        });
        continue;
      }
      for (const s of sources)
        if (!known.sources.some((k) => k.url === s.url && k.snippet === s.snippet))
          known.sources.push(s);
    }
  }
  const order = new Map(CORE_FIELDS.map((f, i) => [f.key, i]));
  return [...byId.values()].sort((a, b) => order.get(a.field)! - order.get(b.field)!);
}

const specOf = (field: CoreFieldKey) => CORE_FIELDS.find((f) => f.key === field);

/** True when the field already holds this value (case, spaces, punctuation aside). */
function holds(portrait: Pick<Portrait, 'fields'> | undefined, s: Suggestion): boolean {
  const key = valueKey(s.field, s.value);
  return (portrait?.fields[s.field] ?? []).some((v) => valueKey(s.field, v.value) === key);
}

/** A suggestion for a one-value field that already holds another value. */
function isRival(portrait: Pick<Portrait, 'fields'> | undefined, s: Suggestion): boolean {
  const spec = specOf(s.field);
  if (!spec || spec.multiple) return false;
  return (portrait?.fields[s.field]?.length ?? 0) > 0 && !holds(portrait, s);
}

/**
 * What is still for the rep to decide: not dismissed, not already in the portrait, and not for a
 * one-value field that holds another value already (those are `rivalSuggestions`).
 */
export function pendingSuggestions(
  all: readonly Suggestion[],
  portrait: Pick<Portrait, 'fields' | 'dismissed'> | undefined,
): Suggestion[] {
  const dismissed = new Set(portrait?.dismissed ?? []);
  return all.filter((s) => !dismissed.has(s.id) && !holds(portrait, s) && !isRival(portrait, s));
}

/**
 * Facts that differ from what a one-value field holds (a second company's ИНН, another legal
 * name): offered one at a time as "replace the current value?", never by "Accept all".
 */
export function rivalSuggestions(
  all: readonly Suggestion[],
  portrait: Pick<Portrait, 'fields' | 'dismissed'> | undefined,
): Suggestion[] {
  const dismissed = new Set(portrait?.dismissed ?? []);
  return all.filter((s) => !dismissed.has(s.id) && isRival(portrait, s));
}

/** ИНН, ОГРН and КПП belong to one legal entity and must not be mixed. */
const REGISTRATION_IDS: ReadonlySet<CoreFieldKey> = new Set(['inn', 'ogrn', 'kpp']);

/**
 * True when the scanned pages and the portrait name more than one ИНН or ОГРН (a group's
 * "Реквизиты" page lists several companies). The scanner does not tell which КПП or ОГРН goes
 * with which ИНН, so "Accept all" then leaves the registration ids for the rep to pick.
 */
function registrationIdsAmbiguous(
  all: readonly Suggestion[],
  portrait: Pick<Portrait, 'fields' | 'dismissed'> | undefined,
): boolean {
  const dismissed = new Set(portrait?.dismissed ?? []);
  return (['inn', 'ogrn'] as const).some((field) => {
    const keys = new Set([
      ...(portrait?.fields[field] ?? []).map((v) => valueKey(field, v.value)),
      ...all
        .filter((s) => s.field === field && !dismissed.has(s.id))
        .map((s) => valueKey(field, s.value)),
    ]);
    return keys.size > 1;
  });
}

/** Pending registration ids that "Accept all" leaves for the rep (see above). */
export function heldBackIds(
  all: readonly Suggestion[],
  portrait: Pick<Portrait, 'fields' | 'dismissed'> | undefined,
): Suggestion[] {
  if (!registrationIdsAmbiguous(all, portrait)) return [];
  return pendingSuggestions(all, portrait).filter((s) => REGISTRATION_IDS.has(s.field));
}

/** The evidence an accepted value keeps: the page, the quote, when it was read. */
export function evidenceOf(suggestion: Pick<Suggestion, 'sources'>): Evidence | undefined {
  const first = suggestion.sources[0];
  if (!first) return undefined;
  return {
    kind: 'page',
    url: first.url,
    ...(first.pageTitle ? { pageTitle: first.pageTitle } : {}),
    ...(first.snippet ? { quote: first.snippet } : {}),
    capturedAt: first.scannedAt,
  };
}

/**
 * The rep accepts one suggestion: a list field gets it appended, a one-value field takes it
 * (replacing what it held – the rep chose this one).
 */
export function acceptSuggestion(
  portrait: Portrait,
  suggestion: Suggestion,
  now: number,
): Portrait {
  const spec = specOf(suggestion.field);
  if (!spec) return portrait;
  const fields = putValue(
    portrait.fields,
    spec,
    makeValue(suggestion.value, evidenceOf(suggestion)),
  );
  return { ...portrait, fields, updatedAt: now };
}

/**
 * "Accept all": every pending suggestion of `all` (judged against the portrait as it is now),
 * without ever replacing a value: a one-value field takes the first one when it is empty and keeps
 * it, and registration ids are left out when they may belong to more than one company. Pressing
 * it again changes nothing.
 */
export function acceptAllSuggestions(
  portrait: Portrait,
  all: readonly Suggestion[],
  now: number,
): Portrait {
  const skipIds = registrationIdsAmbiguous(all, portrait);
  let fields = portrait.fields;
  for (const s of pendingSuggestions(all, portrait)) {
    const spec = specOf(s.field);
    if (!spec || (skipIds && REGISTRATION_IDS.has(s.field))) continue;
    if (!spec.multiple && (fields[s.field]?.length ?? 0) > 0) continue;
    fields = putValue(fields, spec, makeValue(s.value, evidenceOf(s)));
  }
  return { ...portrait, fields, updatedAt: now };
}

export function dismissSuggestions(
  portrait: Portrait,
  ids: readonly string[],
  now: number,
): Portrait {
  const dismissed = [...new Set([...portrait.dismissed, ...ids])];
  return { ...portrait, dismissed, updatedAt: now };
}

/**
 * People the scanner found on the site's pages (team, management, contacts), merged across
 * pages by normalised name. For the decision-maker map (issue 4); the portrait does not use it.
 */
export function collectPeople(pages: readonly ScannedPage[]): PersonSuggestion[] {
  const byId = new Map<string, PersonSuggestion>();
  for (const page of newestFirst(pages)) {
    for (const person of page.result.people) {
      const id = `person:${nameKey(person.name)}`;
      const sources = sourcesOf(page, person.evidence);
      const known = byId.get(id);
      if (!known) {
        byId.set(id, {
          id,
          name: person.name,
          ...(person.position ? { position: person.position } : {}),
          sources,
        });
        continue;
      }
      if (!known.position && person.position) known.position = person.position;
      for (const s of sources)
        if (!known.sources.some((k) => k.url === s.url && k.snippet === s.snippet))
          known.sources.push(s);
    }
  }
  return [...byId.values()];
}
