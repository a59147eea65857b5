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

/** What is still for the rep to decide: not dismissed, not already in the portrait. */
export function pendingSuggestions(
  all: readonly Suggestion[],
  portrait: Pick<Portrait, 'fields' | 'dismissed'> | undefined,
): Suggestion[] {
  const dismissed = new Set(portrait?.dismissed ?? []);
  return all.filter((s) => {
    if (dismissed.has(s.id)) return false;
    const current = portrait?.fields[s.field] ?? [];
    const key = valueKey(s.field, s.value);
    return !current.some((v) => valueKey(s.field, v.value) === key);
  });
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
 * Puts accepted suggestions into the portrait: list fields get them appended, single fields
 * (legal name, brand, ИНН, ОГРН) take the first one accepted for them in this call.
 */
export function acceptSuggestions(
  portrait: Portrait,
  suggestions: readonly Suggestion[],
  now: number,
): Portrait {
  let fields = portrait.fields;
  const filledSingles = new Set<string>();
  for (const s of suggestions) {
    const spec = CORE_FIELDS.find((f) => f.key === s.field);
    if (!spec) continue;
    if (!spec.multiple) {
      if (filledSingles.has(s.field)) continue;
      filledSingles.add(s.field);
    }
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
