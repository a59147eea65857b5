// Merging two entries of one person (captured twice: once from the "Team" page, once from a
// meeting). Nothing the rep recorded may be lost: lists are united, empty fields take the other's
// value, and a conflicting text is kept in the notes. The result does not depend on argument
// order, so merge(a, b) and merge(b, a) are the same record.

import { withContactIds, type Contact, type Evidence, type Person } from '../model';
import { matchNames, nameWords, type NameMatch } from './names';
import { normalizePosition } from './positions';
import { words } from './words';

type RoleSource = Person['roleSource'];

export const NOTES_SEPARATOR = '\n\n---\n\n';

/** Labels of the lines that keep a conflicting value in the notes (user content: both languages). */
const CONFLICT_LABELS = {
  fullName: { en: 'Also recorded as', ru: 'Также записан как' },
  position: { en: 'Other position', ru: 'Другая должность' },
  department: { en: 'Other department', ru: 'Другой отдел' },
} as const;

export interface MergeOptions {
  /** Language of the conflict lines added to the notes. */
  language?: 'en' | 'ru';
}

/** How much a role is worth by how we know it: a confirmed role beats a claimed one. */
const SOURCE_STRENGTH: Record<RoleSource, number> = {
  confirmed_indirectly: 3,
  told_by_colleague: 2,
  self_declared: 1,
  guess: 0,
};

/** The identity of a contact: e-mail case and phone formatting are not differences. */
export function contactKey(c: Pick<Contact, 'kind' | 'value'>): string {
  const v = c.value.trim();
  if (c.kind === 'phone') {
    const digits = v.replace(/\D/g, '');
    // Russian numbers are written +7… and 8…; the 10 digits after either are the number.
    const national =
      digits.length === 11 && (digits[0] === '7' || digits[0] === '8') ? digits.slice(1) : digits;
    return `phone:${national || v}`;
  }
  const folded = v.toLowerCase().replace(/\s+/g, ' ');
  return `${c.kind}:${c.kind === 'email' ? folded.replace(/^mailto:/, '') : folded}`;
}

export function evidenceKey(e: Evidence): string {
  return JSON.stringify([
    e.kind,
    e.url ?? '',
    e.pageTitle ?? '',
    e.quote ?? '',
    e.capturedAt,
    e.meetingDate ?? '',
  ]);
}

function unionBy<T>(first: readonly T[], second: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of [...first, ...second]) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

/** Older entry first (createdAt, then id), so the merged record keeps the older identity. */
function byAge(a: Person, b: Person): [Person, Person] {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? [a, b] : [b, a];
  return a.id <= b.id ? [a, b] : [b, a];
}

const sameWords = (x: string, y: string) => words(x).join(' ') === words(y).join(' ');

function samePosition(x: string, y: string): boolean {
  return normalizePosition(x)?.key === normalizePosition(y)?.key;
}

/**
 * Pick the recent entry's text unless it is empty; return the other text too when it says
 * something different, to be kept in the notes.
 */
function pickText(
  recent: string,
  other: string,
  same: (x: string, y: string) => boolean,
): [string, string | null] {
  const r = recent.trim();
  const o = other.trim();
  if (r === '') return [other, null];
  if (o === '' || same(r, o)) return [recent, null];
  return [recent, other];
}

/** The fuller name wins ("Иванов Иван Иванович" over "Иванов И. И."); a different name is kept. */
function pickName(recent: string, other: string): [string, string | null] {
  const letters = (s: string) => nameWords(s).join('').length;
  const [winner, loser] = letters(other) > letters(recent) ? [other, recent] : [recent, other];
  if (loser.trim() === '' || sameWords(winner, loser) || matchNames(winner, loser))
    return [winner, null];
  return [winner, loser];
}

function mergeNotes(older: string, newer: string): string {
  const o = older.trim();
  const n = newer.trim();
  if (o === '' || n.includes(o)) return newer;
  if (n === '' || o.includes(n)) return older;
  return `${older}${NOTES_SEPARATOR}${newer}`;
}

/** Merge two entries of the same person. Keeps every contact, evidence and influence of both. */
export function mergePeople(a: Person, b: Person, options: MergeOptions = {}): Person {
  const lang = options.language ?? 'en';
  const [older, newer] = byAge(a, b);
  // For single values the most recently updated entry is the fresher knowledge.
  const [recent, other] = older.updatedAt > newer.updatedAt ? [older, newer] : [newer, older];
  const pairIds = new Set([a.id, b.id]);

  const [fullName, otherName] = pickName(recent.fullName, other.fullName);
  const [position, otherPosition] = pickText(recent.position, other.position, samePosition);
  const [department, otherDepartment] = pickText(recent.department, other.department, sameWords);

  // A role we know beats `unknown`; between two known roles, the better-sourced one wins.
  const roleRank = (p: Person) => (p.role === 'unknown' ? -1 : SOURCE_STRENGTH[p.roleSource]);
  const roleFrom = roleRank(other) > roleRank(recent) ? other : recent;
  const attitude = recent.attitude !== 'unknown' ? recent.attitude : other.attitude;

  const boss = [recent.reportsTo, other.reportsTo].find(
    (id) => id !== undefined && !pairIds.has(id),
  );
  const lastContactAt = [recent.lastContactAt, other.lastContactAt]
    .filter((d): d is string => d !== undefined && d !== '')
    .sort()
    .at(-1);

  const conflicts: string[] = [];
  if (otherName) conflicts.push(`${CONFLICT_LABELS.fullName[lang]}: ${otherName.trim()}`);
  if (otherPosition) conflicts.push(`${CONFLICT_LABELS.position[lang]}: ${otherPosition.trim()}`);
  if (otherDepartment)
    conflicts.push(`${CONFLICT_LABELS.department[lang]}: ${otherDepartment.trim()}`);
  let notes = mergeNotes(older.notes, newer.notes);
  const conflictText = conflicts.filter((line) => !notes.includes(line)).join('\n');
  if (conflictText)
    notes = notes.trim() === '' ? conflictText : `${notes}${NOTES_SEPARATOR}${conflictText}`;

  const merged: Person = {
    id: older.id,
    prospectId: older.prospectId,
    fullName,
    position,
    department,
    role: roleFrom.role,
    // Influence is a judgement: keep the higher one, the safer for planning.
    influence: Math.max(older.influence, newer.influence),
    attitude,
    roleSource: roleFrom.roleSource,
    influences: unionBy(older.influences, newer.influences, (id) => id).filter(
      (id) => !pairIds.has(id),
    ),
    // Both lists may hold the same ids (given by position to contacts stored without one).
    contacts: withContactIds(unionBy(older.contacts, newer.contacts, contactKey)),
    notes,
    evidence: unionBy(older.evidence, newer.evidence, evidenceKey),
    createdAt: older.createdAt,
    updatedAt: Math.max(older.updatedAt, newer.updatedAt),
  };
  if (boss !== undefined) merged.reportsTo = boss;
  if (lastContactAt !== undefined) merged.lastContactAt = lastContactAt;
  return merged;
}

export interface DuplicatePair {
  a: string;
  b: string;
  reason: NameMatch | 'same_contact';
}

/** Shared mailboxes ("info@", "sales@") belong to a company, not to one person. */
const SHARED_MAILBOX =
  /^(info|office|sales|mail|contact|contacts|hello|support|reception|secretary|priem|zakaz|order|orders|admin|post|general)@/;

function personalEmails(p: Person): Set<string> {
  const out = new Set<string>();
  for (const c of p.contacts) {
    if (c.kind !== 'email') continue;
    const key = contactKey(c).slice('email:'.length);
    if (key.includes('@') && !SHARED_MAILBOX.test(key)) out.add(key);
  }
  return out;
}

/**
 * Likely same-person pairs within each prospect, in input order: same name (any word order),
 * names that agree by initials, one name contained in the other, or a shared personal e-mail.
 */
export function findDuplicatePeople(people: readonly Person[]): DuplicatePair[] {
  const byProspect = new Map<string, Person[]>();
  for (const p of people) {
    const group = byProspect.get(p.prospectId);
    if (group) group.push(p);
    else byProspect.set(p.prospectId, [p]);
  }
  const order = new Map(people.map((p, i) => [p, i]));
  const pairs: Array<DuplicatePair & { i: number; j: number }> = [];
  for (const group of byProspect.values()) {
    const emails = group.map(personalEmails);
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i];
        const b = group[j];
        if (!a || !b || a.id === b.id) continue;
        let reason: DuplicatePair['reason'] | null = matchNames(a.fullName, b.fullName);
        if (!reason && [...(emails[i] ?? [])].some((e) => emails[j]?.has(e)))
          reason = 'same_contact';
        if (reason)
          pairs.push({ a: a.id, b: b.id, reason, i: order.get(a) ?? 0, j: order.get(b) ?? 0 });
      }
    }
  }
  pairs.sort((x, y) => x.i - y.i || x.j - y.j);
  return pairs.map(({ a, b, reason }) => ({ a, b, reason }));
}
