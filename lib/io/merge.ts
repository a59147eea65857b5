import { createTranslator, type Translate } from '../i18n';
import type { Language, Note, Portrait, Prospect, UspDraft } from '../model';
import { GENERIC_TEMPLATE_ID, resolveTemplate } from '../portrait/templates';
import {
  BUNDLE_TABLES,
  emptyBundleData,
  recordKey,
  type BundleData,
  type BundleTable,
} from './bundle';
import { canonical, fingerprint } from './canonical';
import { portraitLines } from './prospectDocument';
import { chooseRecordIds, withMovedIds, type MovedRecord } from './recordIds';
import { draftText } from './tables';

export interface TableCounts {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
}

/** A record both sides had in different versions: which one won, and the text kept of the other. */
export interface ImportConflict {
  table: BundleTable;
  key: string;
  prospectName: string;
  winner: 'file' | 'database';
  keptText: string;
}

export interface ImportReport {
  tables: Record<BundleTable, TableCounts>;
  total: TableCounts;
  conflicts: ImportConflict[];
  /** Prospects of the file that joined an existing prospect through a shared domain. */
  mergedByDomain: Array<{ fileName: string; databaseName: string; domain: string }>;
  /** Records of the file whose id is another prospect's record here: added under a new id. */
  movedIds: Array<MovedRecord & { prospectName: string }>;
}

export interface ImportPlan {
  /** Records to put, keyed as in their tables; empty when the file changes nothing. */
  writes: BundleData;
  report: ImportReport;
}

export interface MergeOptions {
  now: number;
  /** The heading above kept texts in the prospect's notes, e.g. "Kept on import, 2024-05-01". */
  keptHeading: string;
  /** How a kept text is introduced, per table ("Need", "Person"…). */
  tableLabel: (table: BundleTable) => string;
  /** Appended to the name of a kept copy of an offer profile or portrait template. */
  copySuffix: string;
  /** The language kept portrait values are named and written in; English when not given. */
  lang?: Language;
}

const GLOBAL: ReadonlySet<BundleTable> = new Set(['offerProfiles', 'portraitTemplates']);

type AnyRecord = Record<string, unknown>;

function timeOf(table: BundleTable, r: AnyRecord): number {
  return (table === 'clips' ? r.capturedAt : r.updatedAt) as number;
}

/**
 * The human text of a record: what must survive when it loses to the other version. A portrait's
 * text needs its template to name its fields, which only the caller knows (`portraitText`).
 */
export function recordText(
  table: BundleTable,
  record: AnyRecord,
  portraitText: (portrait: Portrait) => string,
  t: Translate,
): string {
  const r = record as never;
  switch (table) {
    case 'prospects': {
      const p = r as Prospect;
      // Domains are not in it: both sides' domains are always kept (their union).
      // The stage by its name in the rep's language: the text is kept in the notes to be read.
      return [p.name, t(`stage.${p.stage}`), p.owner, p.lostReason?.why ?? '']
        .filter(Boolean)
        .join(' · ');
    }
    case 'notes':
      return (r as Note).text.trim();
    case 'clips': {
      const c = r as BundleData['clips'][number];
      return `${c.quote}\n${c.url}`;
    }
    case 'people': {
      const p = r as BundleData['people'][number];
      return [
        [p.fullName, p.position, p.department].filter(Boolean).join(', '),
        t(`people.role.${p.role}`),
        p.contacts.map((c) => c.value).join('; '),
        p.notes,
      ]
        .filter(Boolean)
        .join('\n');
    }
    case 'needs':
      return (r as BundleData['needs'][number]).statement;
    case 'briefs': {
      const b = r as BundleData['briefs'][number];
      const entries = [
        b.situation,
        b.plans,
        b.trends,
        b.decisionCriteria,
        b.decisionProcess,
        b.competitorsConsidered,
      ]
        .flat()
        .map((e) => e.text);
      const suppliers = b.suppliers.map((s) =>
        [s.name, s.likes, s.dislikes].filter(Boolean).join(' – '),
      );
      const objections = b.objections.map((o) => [o.text, o.answer].filter(Boolean).join(' → '));
      return [...entries, ...suppliers, b.budget, b.timing, ...objections]
        .filter((s) => s.trim())
        .join('\n');
    }
    case 'portraits':
      return portraitText(r);
    case 'uspDrafts':
      return draftText(r);
    default:
      return canonical(record);
  }
}

/** Versions a draft keeps at most (the model's limit); the oldest go first. */
const MAX_DRAFT_VERSIONS = 500;

/** The versions of `draft` and those of `other` it lacks, oldest first. */
function withVersionsOf(draft: UspDraft, other: UspDraft): UspDraft['versions'] {
  const has = new Set(draft.versions.map((v) => `${v.at}\n${v.text}`));
  const extra = other.versions.filter((v) => !has.has(`${v.at}\n${v.text}`));
  if (extra.length === 0) return draft.versions;
  return [...draft.versions, ...extra].sort((a, b) => a.at - b.at).slice(-MAX_DRAFT_VERSIONS);
}

/** Which existing prospect each prospect of the file is: the same id, else one sharing a domain. */
export function matchProspects(
  incoming: readonly Prospect[],
  existing: readonly Prospect[],
): Map<string, Prospect> {
  const byId = new Map(existing.map((p) => [p.id, p]));
  const byDomain = new Map<string, Prospect>();
  for (const p of existing) for (const d of p.domains) byDomain.set(d, p);
  const out = new Map<string, Prospect>();
  for (const p of incoming) {
    const same = byId.get(p.id) ?? p.domains.map((d) => byDomain.get(d)).find(Boolean);
    if (same) out.set(p.id, same);
  }
  return out;
}

/**
 * Plans an import of `incoming` over `existing` (the database records the file's records could
 * collide with) without writing anything. Prospects merge by id, else by a shared domain; every
 * other record follows its prospect. Per record the newer version wins (the database on a tie, so
 * a second import of the same file changes nothing); the losing version's text is never dropped:
 * it is appended to the prospect's notes under a heading, or kept as a copy for offer profiles
 * and portrait templates, unless the winner or the notes already contain it.
 */
export function planImport(
  incoming: BundleData,
  existing: BundleData,
  options: MergeOptions,
): ImportPlan {
  const matched = matchProspects(incoming.prospects, existing.prospects);
  const pidOf = (pid: string) => matched.get(pid)?.id ?? pid;
  const domainOwner = new Map<string, string>();
  for (const p of existing.prospects) for (const d of p.domains) domainOwner.set(d, p.id);

  const current = new Map<BundleTable, Map<string, AnyRecord>>();
  const writes = new Map<BundleTable, Map<string, AnyRecord>>();
  for (const table of BUNDLE_TABLES) {
    current.set(
      table,
      new Map((existing[table] as AnyRecord[]).map((r) => [recordKey(table, r), r])),
    );
    writes.set(table, new Map());
  }
  const put = (table: BundleTable, key: string, record: AnyRecord) => {
    current.get(table)!.set(key, record);
    writes.get(table)!.set(key, record);
  };

  const zero = (): TableCounts => ({ added: 0, updated: 0, unchanged: 0, conflicts: 0 });
  const report: ImportReport = {
    tables: Object.fromEntries(BUNDLE_TABLES.map((t) => [t, zero()])) as Record<
      BundleTable,
      TableCounts
    >,
    total: zero(),
    conflicts: [],
    mergedByDomain: [],
    movedIds: [],
  };
  const count = (table: BundleTable, what: keyof TableCounts) => {
    report.tables[table][what] += 1;
    report.total[what] += 1;
  };
  const nameOf = (pid: string) =>
    (current.get('prospects')!.get(pid) as Prospect | undefined)?.name ?? '';
  const lang = options.lang ?? 'en';
  const t = createTranslator(lang);
  const userTemplates = [...existing.portraitTemplates, ...incoming.portraitTemplates];
  /** Named by the template of the prospect the portrait belongs to (after the merge). */
  const portraitText = (portrait: Portrait) => {
    const prospect = current.get('prospects')!.get(portrait.prospectId) as Prospect | undefined;
    const template = resolveTemplate(
      prospect?.portraitTemplateId ?? GENERIC_TEMPLATE_ID,
      userTemplates,
    );
    return portraitLines({ portrait, template, userTemplates }, t, lang)
      .map((l) => `${l.label}: ${l.values.join('; ')}`)
      .join('\n');
  };

  /** Kept texts per prospect, appended to its note at the end. */
  const kept = new Map<string, string[]>();
  const alreadyKept = (pid: string, text: string) => {
    const note = current.get('notes')!.get(pid) as Note | undefined;
    return (
      (note?.text.includes(text) ?? false) || (kept.get(pid) ?? []).some((k) => k.includes(text))
    );
  };

  // A record whose id is another prospect's record here takes a new id (lib/io/recordIds.ts).
  const { moved } = chooseRecordIds(incoming, pidOf, (t, id) => current.get(t)!.get(id) ?? null);
  const file = withMovedIds(incoming, moved);

  // A prospect has one USP draft here: the one the USP tab shows (lib/db/drafts.ts getDraft: the
  // newest, the first id on a tie). A draft of the file that is not already here meets it whatever
  // the two ids, as its notes or brief do: added beside it and newer, it would hide the rep's
  // text without a conflict. (Several drafts of one prospect that are all new here, as in a
  // backup of an old import, are added as they are: nothing of the rep's is hidden.)
  const draftOf = new Map<string, UspDraft>();
  for (const d of existing.uspDrafts) {
    const shown = draftOf.get(d.prospectId);
    if (
      !shown ||
      d.updatedAt > shown.updatedAt ||
      (d.updatedAt === shown.updatedAt && d.id < shown.id)
    )
      draftOf.set(d.prospectId, d);
  }
  /** Ids of the file's drafts that met the prospect's draft (not added under their own). */
  const metDrafts = new Set<string>();

  // Notes first: the kept texts of every other table are checked against them.
  const order: BundleTable[] = ['notes', ...BUNDLE_TABLES.filter((t) => t !== 'notes')];
  for (const table of order) {
    for (const raw of file[table] as AnyRecord[]) {
      let record: AnyRecord = raw;
      if ('prospectId' in raw) record = { ...raw, prospectId: pidOf(raw.prospectId as string) };
      const match = table === 'prospects' ? matched.get(raw.id as string) : undefined;
      if (match) {
        record = { ...raw, id: match.id };
        if (match.id !== raw.id) {
          const shared = (raw as Prospect).domains.find((d) => match.domains.includes(d)) ?? '';
          report.mergedByDomain.push({
            fileName: (raw as Prospect).name,
            databaseName: match.name,
            domain: shared,
          });
        }
      }
      const shown = table === 'uspDrafts' ? draftOf.get(record.prospectId as string) : undefined;
      if (shown && !current.get(table)!.has(record.id as string)) {
        metDrafts.add(record.id as string);
        record = { ...record, id: shown.id };
      }
      const key = recordKey(table, record);
      const ex = current.get(table)!.get(key);
      if (!ex) {
        if (table === 'prospects') {
          // A domain of the file already owned by another prospect stays with its owner.
          const domains = (record as Prospect).domains.filter(
            (d) => !domainOwner.has(d) || domainOwner.get(d) === key,
          );
          record = {
            ...record,
            domains: domains.length > 0 ? domains : (record as Prospect).domains,
          };
        }
        put(table, key, record);
        count(table, 'added');
        continue;
      }
      const fileWins = timeOf(table, record) > timeOf(table, ex);
      const winner = fileWins ? record : ex;
      const loser = fileWins ? ex : record;
      let result = winner;
      if (table === 'prospects') {
        const exDomains = (ex as Prospect).domains;
        const extra = (record as Prospect).domains.filter(
          (d) => !exDomains.includes(d) && (!domainOwner.has(d) || domainOwner.get(d) === key),
        );
        result = {
          ...winner,
          id: key,
          domains: [...exDomains, ...extra],
          createdAt: Math.min(ex.createdAt as number, record.createdAt as number),
        };
      }
      // The draft that stays keeps the versions both sides saved: the rep can restore either.
      if (table === 'uspDrafts')
        result = { ...winner, versions: withVersionsOf(winner as UspDraft, loser as UspDraft) };
      const changed = canonical(result) !== canonical(ex);
      const lostText = recordText(table, loser, portraitText, t).trim();
      const winnerText = recordText(table, winner, portraitText, t);
      const pid = (table === 'prospects' ? key : (record.prospectId as string | undefined)) ?? '';
      let conflict = false;
      if (lostText && !winnerText.includes(lostText)) {
        if (GLOBAL.has(table)) {
          const copyId = `${key.slice(0, 80)}~${fingerprint(canonical(loser))}`;
          if (!current.get(table)!.has(copyId)) {
            const name = `${String(loser.name)} (${options.copySuffix})`.slice(0, 200);
            put(table, copyId, {
              ...loser,
              id: copyId,
              name,
              ...(table === 'portraitTemplates' ? { builtIn: false } : {}),
            });
            conflict = true;
          }
        } else if (!alreadyKept(pid, lostText)) {
          kept.set(pid, [...(kept.get(pid) ?? []), `${options.tableLabel(table)}: ${lostText}`]);
          conflict = true;
        }
      }
      if (changed) put(table, key, result);
      if (conflict) {
        count(table, 'conflicts');
        report.conflicts.push({
          table,
          key,
          prospectName: GLOBAL.has(table) ? String(winner.name ?? '') : nameOf(pid),
          winner: fileWins ? 'file' : 'database',
          keptText: lostText,
        });
      } else count(table, changed ? 'updated' : 'unchanged');
    }
  }

  for (const [pid, texts] of kept) {
    const note = current.get('notes')!.get(pid) as Note | undefined;
    const base = note?.text.trimEnd() ?? '';
    const block = `——— ${options.keptHeading} ———\n${texts.join('\n\n')}`;
    put('notes', pid, {
      prospectId: pid,
      text: base ? `${base}\n\n${block}` : block,
      updatedAt: Math.max(options.now, note?.updatedAt ?? 0),
    });
  }

  report.movedIds = moved
    .filter((m) => !(m.table === 'uspDrafts' && metDrafts.has(m.newId)))
    .map((m) => ({ ...m, prospectName: nameOf(m.prospectId) }));
  const out = emptyBundleData();
  for (const table of BUNDLE_TABLES) (out[table] as AnyRecord[]) = [...writes.get(table)!.values()];
  return { writes: out, report };
}

export function isEmptyPlan(plan: ImportPlan): boolean {
  return BUNDLE_TABLES.every((t) => plan.writes[t].length === 0);
}
