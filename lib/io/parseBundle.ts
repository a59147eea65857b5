import * as z from 'zod/mini';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { Bundle, BUNDLE_FORMAT, BUNDLE_TABLES, BundleHeader, recordKey } from './bundle';

/** Larger files are refused before reading: a real bundle of 10,000 prospects is about 60 MB. */
export const MAX_BUNDLE_BYTES = 80 * 1024 * 1024;

export type BundleProblemCode =
  | 'too_large'
  | 'empty'
  | 'not_json'
  | 'truncated'
  | 'foreign'
  | 'newer_version'
  | 'invalid'
  | 'inconsistent';

/** Why a file cannot be imported: a code for the message, and where in the file it is. */
export interface BundleProblem {
  code: BundleProblemCode;
  /** The field path, e.g. `data.people[3].role` (empty when the file as a whole is wrong). */
  path: string;
  /** The validator's words, for the details line. */
  detail: string;
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

function fail(code: BundleProblemCode, path = '', detail = ''): ParseResult {
  return { ok: false, problem: { code, path, detail } };
}

function firstIssue(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []) {
  const issue = error.issues[0];
  return {
    path: formatPath([...prefix, ...(issue?.path ?? [])]),
    detail: issue?.message ?? '',
  };
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
        detail: `duplicate id ${p.id}`,
      };
    prospectIds.add(p.id);
    for (const [j, d] of p.domains.entries()) {
      if (domainOwner.has(d))
        return {
          code: 'inconsistent',
          path: `data.prospects[${i}].domains[${j}]`,
          detail: `${d} belongs to two prospects`,
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
          detail: `duplicate ${key}`,
        };
      seen.add(key);
      const prospectId = (row as { prospectId?: string }).prospectId;
      if (prospectId !== undefined && !prospectIds.has(prospectId))
        return {
          code: 'inconsistent',
          path: `data.${table}[${i}].prospectId`,
          detail: `no prospect ${prospectId} in the file`,
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
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(looksTruncated(text) ? 'truncated' : 'not_json', '', message);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail('foreign', '', 'not an object');
  const format = (raw as { format?: unknown }).format;
  if (format !== BUNDLE_FORMAT)
    return fail(
      'foreign',
      'format',
      format === undefined ? 'missing' : JSON.stringify(format).slice(0, 80),
    );
  const header = BundleHeader.safeParse(raw);
  if (!header.success) {
    const { path, detail } = firstIssue(header.error);
    return fail('invalid', path, detail);
  }
  const version = header.data.schemaVersion;
  if (version > currentVersion)
    return fail('newer_version', 'schemaVersion', `${version} > ${currentVersion}`);
  let data = (raw as { data?: unknown }).data;
  for (let v = version; v < currentVersion; v++) {
    const step = upgrades[v];
    if (step) data = step(data);
  }
  const parsed = Bundle.safeParse({ ...(raw as object), schemaVersion: currentVersion, data });
  if (!parsed.success) {
    const { path, detail } = firstIssue(parsed.error);
    return fail('invalid', path, detail);
  }
  const problem = consistencyProblem(parsed.data);
  if (problem) return { ok: false, problem };
  return { ok: true, bundle: parsed.data };
}
