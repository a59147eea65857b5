import type { Language, Stage } from '@/lib/model';
import type { ProspectSummary } from '@/lib/io/summaries';

export interface DashboardFilter {
  stage: Stage | '';
  owner: string | null;
  segment: string;
  noDecisionMaker: boolean;
  briefIncomplete: boolean;
  /** YYYY-MM-DD; prospects updated on or after that day (local time). */
  updatedSince: string;
}

export const EMPTY_FILTER: DashboardFilter = {
  stage: '',
  owner: null,
  segment: '',
  noDecisionMaker: false,
  briefIncomplete: false,
  updatedSince: '',
};

export type SortKey =
  | 'name'
  | 'domain'
  | 'stage'
  | 'owner'
  | 'completeness'
  | 'decisionMaker'
  | 'segment'
  | 'updatedAt';
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

// Case and ё as the search index folds them (lib/usp/text normalizeWord); not imported from there,
// so that the stemmer stays out of the page's first load (the index is loaded after it).
const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/** Search before the full-text index is built: names and domains that contain the query. */
export function matchNamesAndDomains(rows: readonly ProspectSummary[], query: string): Set<string> {
  const q = fold(query.trim());
  return new Set(
    rows
      .filter(
        (r) =>
          fold(r.prospect.name).includes(q) || r.prospect.domains.some((d) => fold(d).includes(q)),
      )
      .map((r) => r.prospect.id),
  );
}

/** Row data that is still loading (people, needs, briefs) does not hide a prospect. */
export function applyFilter(
  rows: readonly ProspectSummary[],
  filter: DashboardFilter,
  matches: ReadonlySet<string> | null,
): ProspectSummary[] {
  const since = filter.updatedSince ? new Date(`${filter.updatedSince}T00:00:00`).getTime() : null;
  return rows.filter((r) => {
    const p = r.prospect;
    if (matches && !matches.has(p.id)) return false;
    if (filter.stage && p.stage !== filter.stage) return false;
    if (filter.owner !== null && p.owner !== filter.owner) return false;
    if (
      filter.segment &&
      (filter.segment === 'none' ? p.segment !== undefined : p.segment !== filter.segment)
    )
      return false;
    if (filter.noDecisionMaker && r.decisionMaker !== 'none') return false;
    if (filter.briefIncomplete && r.missing.length === 0) return false;
    if (since !== null && !Number.isNaN(since) && p.updatedAt < since) return false;
    return true;
  });
}

const STAGE_ORDER = [
  'selection',
  'first_contact',
  'needs_identified',
  'offer_prepared',
  'offer_defended',
  'contract',
  'lost',
];
const DM_ORDER = { none: 0, known: 1, confirmed: 2 };

const collators = new Map<Language, Intl.Collator>();

/**
 * Names in the UI language's alphabetical order: ё among the е words (not after я), case and
 * accents after the letters.
 */
export function compareText(lang: Language): (a: string, b: string) => number {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang)));
  return collator.compare;
}

const COLLATED = new Set<SortKey>(['name', 'owner']);

function value(r: ProspectSummary, key: SortKey): string | number {
  const p = r.prospect;
  switch (key) {
    case 'name':
      return p.name;
    case 'domain':
      return p.domains[0] ?? '';
    case 'stage':
      return STAGE_ORDER.indexOf(p.stage);
    case 'owner':
      return p.owner;
    case 'completeness':
      return r.completeness;
    case 'decisionMaker':
      return DM_ORDER[r.decisionMaker];
    case 'segment':
      return p.segment ?? '';
    case 'updatedAt':
      return p.updatedAt;
  }
}

export function sortRows(rows: ProspectSummary[], sort: Sort, lang: Language): ProspectSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const text = COLLATED.has(sort.key) ? compareText(lang) : null;
  const keyed = rows.map((r) => [value(r, sort.key), r] as const);
  keyed.sort(([a, ra], [b, rb]) => {
    const c = text ? text(String(a), String(b)) : a < b ? -1 : a > b ? 1 : 0;
    return c !== 0 ? c * sign : ra.prospect.id < rb.prospect.id ? -1 : 1;
  });
  return keyed.map(([, r]) => r);
}
