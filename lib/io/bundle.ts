import * as z from 'zod/mini';
import {
  Brief,
  Clip,
  Need,
  Note,
  OfferProfile,
  Person,
  Portrait,
  PortraitTemplate,
  Prospect,
  Timestamp,
  UspDraft,
} from '../model';

/** Marks our files apart from any other product's JSON. */
export const BUNDLE_FORMAT = 'dealbrief-bundle';

/** Every table of the database, as plain records. The export is these, and nothing is left out. */
export const BundleData = z.object({
  prospects: z._default(z.array(Prospect), []),
  notes: z._default(z.array(Note), []),
  clips: z._default(z.array(Clip), []),
  portraits: z._default(z.array(Portrait), []),
  portraitTemplates: z._default(z.array(PortraitTemplate), []),
  people: z._default(z.array(Person), []),
  briefs: z._default(z.array(Brief), []),
  needs: z._default(z.array(Need), []),
  offerProfiles: z._default(z.array(OfferProfile), []),
  uspDrafts: z._default(z.array(UspDraft), []),
});
export type BundleData = z.infer<typeof BundleData>;
export type BundleTable = keyof BundleData;

/** Table order of the file and of the import (prospects first: the rest hang off them). */
export const BUNDLE_TABLES = [
  'prospects',
  'notes',
  'clips',
  'portraits',
  'portraitTemplates',
  'people',
  'briefs',
  'needs',
  'offerProfiles',
  'uspDrafts',
] as const satisfies readonly BundleTable[];

export const ExportScope = z.object({
  kind: z.enum(['all', 'filtered', 'prospect']),
  /** How many prospects the file holds (for the import report's headline). */
  prospects: z.int().check(z.nonnegative()),
});
export type ExportScope = z.infer<typeof ExportScope>;

/** Everything about the file except the records, checked before the records are. */
export const BundleHeader = z.object({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.int().check(z.positive()),
  appVersion: z.string().check(z.maxLength(50)),
  exportedAt: Timestamp,
  exportedBy: z._default(z.string().check(z.maxLength(200)), ''),
  scope: ExportScope,
});

export const Bundle = z.object({
  ...BundleHeader.shape,
  data: BundleData,
});
export type Bundle = z.infer<typeof Bundle>;

export function emptyBundleData(): BundleData {
  return {
    prospects: [],
    notes: [],
    clips: [],
    portraits: [],
    portraitTemplates: [],
    people: [],
    briefs: [],
    needs: [],
    offerProfiles: [],
    uspDrafts: [],
  };
}

/** The key of a record in its table (the same keys as the Dexie stores). */
export function recordKey(table: BundleTable, record: object): string {
  const r = record as { id?: string; prospectId?: string };
  return table === 'notes' || table === 'portraits' || table === 'briefs'
    ? (r.prospectId ?? '')
    : (r.id ?? '');
}

const byKey =
  (table: BundleTable) =>
  (a: object, b: object): number => {
    const ka = recordKey(table, a);
    const kb = recordKey(table, b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

/** Records sorted by key, so the same data always gives the same file. */
export function sortBundleData(data: BundleData): BundleData {
  const out = emptyBundleData();
  for (const table of BUNDLE_TABLES)
    (out[table] as object[]) = [...(data[table] as object[])].sort(byKey(table));
  return out;
}

export interface BundleMeta {
  schemaVersion: number;
  appVersion: string;
  exportedAt: number;
  exportedBy?: string;
  scope: ExportScope['kind'];
}

export function createBundle(data: BundleData, meta: BundleMeta): Bundle {
  return {
    format: BUNDLE_FORMAT,
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt,
    exportedBy: meta.exportedBy ?? '',
    scope: { kind: meta.scope, prospects: data.prospects.length },
    data: sortBundleData(data),
  };
}

/** The JSON file: one record per line inside each table keeps diffs and large files readable. */
export function serializeBundle(bundle: Bundle): string {
  const { data, ...header } = bundle;
  const tables = BUNDLE_TABLES.map((table) => {
    const rows = (data[table] as object[]).map((r) => '      ' + JSON.stringify(r));
    return rows.length === 0
      ? `    ${JSON.stringify(table)}: []`
      : `    ${JSON.stringify(table)}: [\n${rows.join(',\n')}\n    ]`;
  });
  const head = JSON.stringify(header, null, 2).slice(0, -2);
  return `${head},\n  "data": {\n${tables.join(',\n')}\n  }\n}\n`;
}
