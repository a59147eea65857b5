import * as z from 'zod/mini';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { Bundle, BUNDLE_FORMAT, BUNDLE_TABLES, BundleHeader, recordKey } from './bundle';
import { valueDetail, type ValueDetail } from './valueDetail';

/** Larger files are refused before reading: a real bundle of 10,000 prospects is about 60 MB. */
export const MAX_BUNDLE_BYTES = 80 * 1024 * 1024;

export type BundleProblemCode =
  | 'too_large'
  /** The browser could not read the picked file (moved, deleted, no access): set by the reader. */
  | 'unreadable'
  | 'empty'
  | 'not_json'
  | 'truncated'
  | 'foreign'
  | 'newer_version'
  | 'invalid'
  | 'inconsistent';

/**
 * What exactly is wrong, as a code with parameters the dashboard words in the rep's language:
 * a value that fails the schema, or one of the checks of this file.
 */
export type BundleDetail =
  | ValueDetail
  | { code: 'syntax' }
  | { code: 'not_object' }
  | { code: 'foreign_format'; found: string }
  | { code: 'newer_version'; version: number; current: number }
  | { code: 'size'; mb: number }
  | { code: 'duplicate_id'; id: string }
  | { code: 'shared_domain'; domain: string }
  | { code: 'no_prospect'; id: string };

/** Why a file cannot be imported: a code for the message, and where in the file it is. */
export interface BundleProblem {
  code: BundleProblemCode;
  /** The field path, e.g. `data.people[3].role` (empty when the file as a whole is wrong). */
  path: string;
  /** For the details line. */
  detail?: BundleDetail;
}

export type ParseResult = { ok: true; bundle: Bundle } | { ok: false; problem: BundleProblem };

/**
 * Upgrades from each older schema version to the next, applied to the raw `data` before
 * validation. Version 1 is the first that shipped, so there is nothing to upgrade yet; a new
 * Dexie version adds its step here (fields with defaults need none: the schemas fill them).
 */
export type BundleUpgrade = (data: unknown) => unknown;
export const BUNDLE_UPGRADES: Readonly<Record<number, BundleUpgrade>> = {};

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path)
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out;
}

function fail(code: BundleProblemCode, path = '', detail?: BundleDetail): ParseResult {
  return { ok: false, problem: detail ? { code, path, detail } : { code, path } };
}

/** The first issue of a failed validation of `root`: where it is and what is wrong. */
function invalid(error: z.core.$ZodError, root: unknown): ParseResult {
  const issue = error.issues[0];
  if (!issue) return fail('invalid', '', { code: 'other' });
  return fail('invalid', formatPath(issue.path), valueDetail(issue, root));
}

/** Checks what the schemas alone cannot: unique keys, one owner per domain, no orphan rows. */
function consistencyProblem(bundle: Bundle): BundleProblem | null {
  const prospectIds = new Set<string>();
  const domainOwner = new Map<string, string>();
  for (const [i, p] of bundle.data.prospects.entries()) {
    if (prospectIds.has(p.id))
      return {
        code: 'inconsistent',
        path: `data.prospects[${i}].id`,
        detail: { code: 'duplicate_id', id: p.id },
      };
    prospectIds.add(p.id);
    for (const [j, d] of p.domains.entries()) {
      if (domainOwner.has(d))
        return {
          code: 'inconsistent',
          path: `data.prospects[${i}].domains[${j}]`,
          detail: { code: 'shared_domain', domain: d },
        };
      domainOwner.set(d, p.id);
    }
  }
  for (const table of BUNDLE_TABLES) {
    if (table === 'prospects') continue;
    const seen = new Set<string>();
    for (const [i, row] of (bundle.data[table] as object[]).entries()) {
      const key = recordKey(table, row);
      const keyField =
        table === 'notes' || table === 'portraits' || table === 'briefs' ? 'prospectId' : 'id';
      if (seen.has(key))
        return {
          code: 'inconsistent',
          path: `data.${table}[${i}].${keyField}`,
          detail: { code: 'duplicate_id', id: key },
        };
      seen.add(key);
      const prospectId = (row as { prospectId?: string }).prospectId;
      if (prospectId !== undefined && !prospectIds.has(prospectId))
        return {
          code: 'inconsistent',
          path: `data.${table}[${i}].prospectId`,
          detail: { code: 'no_prospect', id: prospectId },
        };
    }
  }
  return null;
}

/**
 * A file cut short (an interrupted download or copy) starts like JSON and ends with brackets
 * still open or inside a string; anything else that fails to parse is simply not JSON.
 */
function looksTruncated(text: string): boolean {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

/**
 * Reads a bundle file's text: JSON, ours, a version we know (older ones upgraded), every record
 * valid. Nothing here writes; the first problem found is reported with its field path.
 */
export function parseBundle(
  text: string,
  options: { currentVersion?: number; upgrades?: Readonly<Record<number, BundleUpgrade>> } = {},
): ParseResult {
  const currentVersion = options.currentVersion ?? CURRENT_SCHEMA_VERSION;
  const upgrades = options.upgrades ?? BUNDLE_UPGRADES;
  if (text.length > MAX_BUNDLE_BYTES) return fail('too_large');
  if (text.trim() === '') return fail('empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // The engine's message ("Unexpected token…") is English and says nothing a rep can act on.
    return looksTruncated(text) ? fail('truncated') : fail('not_json', '', { code: 'syntax' });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail('foreign', '', { code: 'not_object' });
  const format = (raw as { format?: unknown }).format;
  if (format !== BUNDLE_FORMAT)
    return fail(
      'foreign',
      'format',
      format === undefined
        ? { code: 'missing' }
        : { code: 'foreign_format', found: JSON.stringify(format).slice(0, 80) },
    );
  const header = BundleHeader.safeParse(raw);
  if (!header.success) return invalid(header.error, raw);
  const version = header.data.schemaVersion;
  if (version > currentVersion)
    return fail('newer_version', 'schemaVersion', {
      code: 'newer_version',
      version,
      current: currentVersion,
    });
  let data = (raw as { data?: unknown }).data;
  for (let v = version; v < currentVersion; v++) {
    const step = upgrades[v];
    if (step) data = step(data);
  }
  const upgraded = { ...(raw as object), schemaVersion: currentVersion, data };
  const parsed = Bundle.safeParse(upgraded);
  if (!parsed.success) return invalid(parsed.error, upgraded);
  const problem = consistencyProblem(parsed.data);
  if (problem) return { ok: false, problem };
  return { ok: true, bundle: parsed.data };
}
