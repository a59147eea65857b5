import * as z from 'zod/mini';
import { Evidence, Id, Timestamp } from './common';
import {
  MAX_PAGE_TITLE_LENGTH,
  MAX_PORTRAIT_CHOICE_LENGTH,
  MAX_PORTRAIT_TEXT_LENGTH,
  MAX_URL_LENGTH,
} from './limits';

export const FIELD_TYPES = [
  'text',
  'number',
  'money',
  'choice',
  'multi_choice',
  'date',
  'url',
] as const;
export const FieldType = z.enum(FIELD_TYPES);

export const PortraitFieldDef = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(100)),
  label: z.string().check(z.maxLength(200)),
  type: FieldType,
  unit: z.optional(z.string().check(z.maxLength(40))),
  options: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200))),
  required: z._default(z.boolean(), false),
  order: z.int(),
  /**
   * When the rep removed the field. Its definition stays so values stored under its key still
   * show with its name, unit and options (under "Other fields"); templates no longer show it.
   */
  deletedAt: z.optional(Timestamp),
});
export type PortraitFieldDef = z.infer<typeof PortraitFieldDef>;

/** Built-in templates have fixed ids (`generic`, `retail_wholesale`, `manufacturer`). */
export const PortraitTemplate = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.maxLength(200)),
  builtIn: z._default(z.boolean(), false),
  fields: z.array(PortraitFieldDef).check(z.maxLength(200)),
  updatedAt: Timestamp,
  /** When the rep deleted it: kept, hidden, so its fields' values keep their names. */
  deletedAt: z.optional(Timestamp),
});
export type PortraitTemplate = z.infer<typeof PortraitTemplate>;

export const PortraitValue = z.object({
  id: Id,
  value: z.union([
    z.string().check(z.maxLength(MAX_PORTRAIT_TEXT_LENGTH)),
    z.number(),
    z.array(z.string().check(z.maxLength(MAX_PORTRAIT_CHOICE_LENGTH))),
  ]),
  evidence: z.optional(Evidence),
});
export type PortraitValue = z.infer<typeof PortraitValue>;

/**
 * One scanned page of the prospect's site: the scanner's plain result, kept so suggestions from
 * several pages merge without duplicates and survive closing the panel. `result` is a
 * `ScanResult` (lib/extract/schema.ts); it is validated with that schema where it is read
 * (lib/portrait/scans.ts), so the model and the background stay free of the scanner's schema.
 */
export const PortraitScanPage = z.object({
  url: z.string().check(z.maxLength(MAX_URL_LENGTH)),
  title: z._default(z.string().check(z.maxLength(MAX_PAGE_TITLE_LENGTH)), ''),
  scannedAt: Timestamp,
  result: z.unknown(),
});
export type PortraitScanPage = z.infer<typeof PortraitScanPage>;

/**
 * The client portrait: values per field key. Values of fields that are not in the current
 * template are kept, so switching templates never deletes anything.
 */
export const Portrait = z.object({
  prospectId: Id,
  fields: z.record(
    z.string().check(z.maxLength(100)),
    z.array(PortraitValue).check(z.maxLength(1000)),
  ),
  /** The last scan of each page of the site (newest last, capped); see PortraitScanPage. */
  scans: z._default(z.array(PortraitScanPage).check(z.maxLength(100)), []),
  /** Suggestion ids (lib/portrait/suggestions.ts) the rep dismissed; they stay hidden. */
  dismissed: z._default(
    z.array(z.string().check(z.maxLength(4000))).check(z.maxLength(10_000)),
    [],
  ),
  updatedAt: Timestamp,
});
export type Portrait = z.infer<typeof Portrait>;

/** Fields every portrait has, whatever its template (DOMAIN.md, "Always useful"). */
export const CORE_PORTRAIT_FIELDS = [
  'legalName',
  'brand',
  'industry',
  'size',
  'regions',
  'addresses',
  'phones',
  'emails',
  'socials',
  'inn',
  'ogrn',
  'kpp',
  'currentSuppliers',
] as const;
