import * as z from 'zod/mini';
import { Timestamp } from '../model/common';
import { OfferProfile } from '../model/offer';
import { valueDetail, type ValueDetail } from '../io/valueDetail';

/**
 * Offer profiles as a JSON file: for backup, and for a head of sales to hand the team one set of
 * profiles. The file says what it is (`format`, `version`) so that a wrong file is refused with a
 * clear reason instead of half-imported.
 */
export const OFFER_FILE_FORMAT = 'dealbrief.offerProfiles';
export const OFFER_FILE_VERSION = 1;
/** Larger files are refused before parsing: a profile file is kilobytes, not megabytes. */
export const MAX_OFFER_FILE_BYTES = 5_000_000;

export const OfferProfilesFile = z.object({
  format: z.literal(OFFER_FILE_FORMAT),
  version: z.literal(OFFER_FILE_VERSION),
  exportedAt: z.optional(Timestamp),
  profiles: z.array(OfferProfile).check(z.maxLength(1000)),
});
export type OfferProfilesFile = z.infer<typeof OfferProfilesFile>;

/** The profiles as the file's text: stable key order, two-space indent, final newline. */
export function exportProfiles(profiles: readonly OfferProfile[], now: number): string {
  const file: OfferProfilesFile = {
    format: OFFER_FILE_FORMAT,
    version: OFFER_FILE_VERSION,
    exportedAt: now,
    profiles: profiles.map((p) => OfferProfile.parse(p)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name a rep recognises in the downloads folder. */
export function exportFileName(
  profiles: readonly Pick<OfferProfile, 'name'>[],
  now: number,
): string {
  const day = new Date(now).toISOString().slice(0, 10);
  const one = profiles.length === 1 ? profiles[0]!.name : '';
  const slug = one
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `dealbrief-offers${slug ? `-${slug}` : ''}-${day}.json`;
}

/** Why a file was refused; the panel words it in the user's language. */
export type ImportProblem =
  | { kind: 'too_large'; maxBytes: number }
  /** The browser could not read the picked file (moved, deleted, or not a readable file). */
  | { kind: 'unreadable' }
  | { kind: 'not_json' }
  | { kind: 'not_offer_file' }
  | { kind: 'unsupported_version'; version: string }
  | { kind: 'invalid'; path: string; detail: ImportDetail }
  | { kind: 'duplicate_id'; path: string; id: string };

export type ImportDetail = ValueDetail;

export type ImportResult =
  { ok: true; profiles: OfferProfile[] } | { ok: false; problem: ImportProblem };

/**
 * `profiles[0].properties[2].statement`: the way a person reads a place in a JSON file. Empty for
 * the file as a whole: the message words that in the user's language.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Ids that must be unique: profiles in the file, and items within each profile. */
function findDuplicateId(profiles: readonly OfferProfile[]): ImportProblem | null {
  const seenProfiles = new Map<string, number>();
  for (const [i, p] of profiles.entries()) {
    if (seenProfiles.has(p.id))
      return { kind: 'duplicate_id', path: `profiles[${i}].id`, id: p.id };
    seenProfiles.set(p.id, i);
    for (const list of ['properties', 'differentiators', 'competitors'] as const) {
      const seen = new Set<string>();
      for (const [j, item] of p[list].entries()) {
        if (seen.has(item.id))
          return { kind: 'duplicate_id', path: `profiles[${i}].${list}[${j}].id`, id: item.id };
        seen.add(item.id);
      }
    }
  }
  return null;
}

/**
 * A picked file too large to be a profiles file, refused from its size before it is read (a
 * video picked by mistake cannot even be read as text).
 */
export function fileSizeProblem(bytes: number): ImportProblem | null {
  return bytes > MAX_OFFER_FILE_BYTES
    ? { kind: 'too_large', maxBytes: MAX_OFFER_FILE_BYTES }
    : null;
}

/**
 * Reads a profiles file, all or nothing: either every profile is valid and returned, or the first
 * problem is reported with the place in the file (`profiles[1].properties[0].categories[2]`) and
 * nothing is returned to write.
 */
export function parseProfilesFile(text: string): ImportResult {
  const tooLarge = fileSizeProblem(text.length);
  if (tooLarge) return { ok: false, problem: tooLarge };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'not_json' } };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, problem: { kind: 'not_offer_file' } };
  const head = raw as { format?: unknown; version?: unknown };
  if (head.format !== OFFER_FILE_FORMAT) return { ok: false, problem: { kind: 'not_offer_file' } };
  if (head.version !== OFFER_FILE_VERSION)
    return {
      ok: false,
      problem: { kind: 'unsupported_version', version: String(head.version) },
    };
  const parsed = OfferProfilesFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      problem: { kind: 'invalid', path: formatPath(issue.path), detail: valueDetail(issue, raw) },
    };
  }
  const duplicate = findDuplicateId(parsed.data.profiles);
  if (duplicate) return { ok: false, problem: duplicate };
  return { ok: true, profiles: parsed.data.profiles };
}
