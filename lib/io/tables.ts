import type { MessageKey, Translate } from '../i18n';
import type { Person, Prospect } from '../model';
import type { BundleData, BundleTable } from './bundle';
import { withoutGapNotes } from '../usp/plainDraft';
import { summarizeProspects } from './summaries';

export type Cell = string | number;

export interface Column {
  header: string;
  /** Width in characters, for the spreadsheet. */
  width: number;
}

/** One flat table of the export (a CSV file, a workbook sheet). */
export interface Table {
  id: 'prospects' | 'people' | 'needs' | 'drafts';
  title: string;
  columns: Column[];
  rows: Cell[][];
}

/** Dates as UTC `YYYY-MM-DD HH:MM`: sortable as text, the same on every machine. */
export function formatStamp(at: number | undefined): string {
  if (at === undefined) return '';
  return new Date(at).toISOString().slice(0, 16).replace('T', ' ');
}

/** A label from the locales when there is one, else the code itself (never a raw key). */
function label(t: Translate, key: string, fallback: string): string {
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
}

type Spec<R> = Array<[MessageKey, number, (row: R) => Cell | undefined]>;

function build<R>(
  id: Table['id'],
  title: string,
  t: Translate,
  spec: Spec<R>,
  rows: readonly R[],
): Table {
  const values = spec.map(([, , value]) => value);
  const out: Cell[][] = new Array<Cell[]>(rows.length);
  // Plain loops: these run for every one of a couple of million cells.
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const cells = new Array<Cell>(values.length);
    for (let c = 0; c < values.length; c++) cells[c] = values[c]!(row) ?? '';
    out[r] = cells;
  }
  return { id, title, columns: spec.map(([key, width]) => ({ header: t(key), width })), rows: out };
}

/** The records the flat tables are made of (briefs for completeness); clips and notes are not. */
export const TABLE_SOURCES: readonly BundleTable[] = [
  'prospects',
  'briefs',
  'people',
  'needs',
  'uspDrafts',
];

/** Prospects, people, needs and drafts as flat tables, headers and values in the UI language. */
export function buildTables(data: BundleData, translate: Translate): Table[] {
  // A few dozen distinct labels, looked up for every row: remembered after the first time.
  const labels = new Map<string, string>();
  const t: Translate = (key, params) => {
    if (params) return translate(key, params);
    let text = labels.get(key);
    if (text === undefined) labels.set(key, (text = translate(key)));
    return text;
  };
  const prospects = new Map(data.prospects.map((p) => [p.id, p]));
  const people = new Map(data.people.map((p) => [p.id, p]));
  const nameOf = (id: string) => prospects.get(id)?.name ?? '';
  const summaries = summarizeProspects(data);
  // A stamp shows the minute, and records saved together share it: each minute formatted once.
  const stamps = new Map<number, string>();
  const stamp = (at: number | undefined) => {
    if (at === undefined) return '';
    const minute = Math.floor(at / 60_000);
    let text = stamps.get(minute);
    if (text === undefined) stamps.set(minute, (text = formatStamp(at)));
    return text;
  };
  const dm = {
    none: t('dashboard.dm.none'),
    known: t('dashboard.dm.known'),
    confirmed: t('dashboard.dm.confirmed'),
  };
  const role = (p: Person) => label(t, `dashboard.role.${p.role}`, p.role);

  const prospectSpec: Spec<(typeof summaries)[number]> = [
    ['export.col.prospectId', 38, (s) => s.prospect.id],
    ['export.col.name', 30, (s) => s.prospect.name],
    ['export.col.domain', 24, (s) => s.prospect.domains[0]],
    ['export.col.otherDomains', 24, (s) => s.prospect.domains.slice(1).join(', ')],
    ['export.col.stage', 18, (s) => label(t, `stage.${s.prospect.stage}`, s.prospect.stage)],
    ['export.col.owner', 18, (s) => s.prospect.owner],
    ['export.col.segment', 16, (s) => segment(t, s.prospect)],
    [
      'export.col.temperature',
      12,
      (s) =>
        s.prospect.temperature &&
        label(t, `dashboard.temperature.${s.prospect.temperature}`, s.prospect.temperature),
    ],
    ['export.col.completeness', 12, (s) => s.completeness],
    ['export.col.decisionMaker', 16, (s) => dm[s.decisionMaker]],
    ['export.col.decisionMakerNames', 28, (s) => s.decisionMakerNames.join(', ')],
    ['export.col.people', 8, (s) => s.peopleCount],
    ['export.col.needs', 8, (s) => s.needsCount],
    ['export.col.tags', 20, (s) => s.prospect.tags.join(', ')],
    ['export.col.currentVolume', 14, (s) => s.prospect.currentVolume],
    ['export.col.potentialVolume', 14, (s) => s.prospect.potentialVolume],
    ['export.col.currency', 8, (s) => s.prospect.currency],
    ['export.col.lostReason', 30, (s) => s.prospect.lostReason?.why],
    ['export.col.created', 17, (s) => stamp(s.prospect.createdAt)],
    ['export.col.updated', 17, (s) => stamp(s.prospect.updatedAt)],
  ];
  const personSpec: Spec<Person> = [
    ['export.col.prospectId', 38, (p) => p.prospectId],
    ['export.col.prospect', 28, (p) => nameOf(p.prospectId)],
    ['export.col.fullName', 28, (p) => p.fullName],
    ['export.col.position', 26, (p) => p.position],
    ['export.col.department', 20, (p) => p.department],
    ['export.col.role', 18, role],
    [
      'export.col.roleSource',
      18,
      (p) => label(t, `dashboard.roleSource.${p.roleSource}`, p.roleSource),
    ],
    ['export.col.influence', 10, (p) => p.influence],
    ['export.col.attitude', 14, (p) => label(t, `dashboard.attitude.${p.attitude}`, p.attitude)],
    ['export.col.reportsTo', 24, (p) => (p.reportsTo ? people.get(p.reportsTo)?.fullName : '')],
    ['export.col.contacts', 34, (p) => p.contacts.map((c) => c.value).join('; ')],
    ['export.col.lastContact', 14, (p) => p.lastContactAt],
    ['export.col.notes', 40, (p) => p.notes],
    ['export.col.updated', 17, (p) => stamp(p.updatedAt)],
  ];
  const needSpec: Spec<BundleData['needs'][number]> = [
    ['export.col.prospectId', 38, (n) => n.prospectId],
    ['export.col.prospect', 28, (n) => nameOf(n.prospectId)],
    ['export.col.statement', 60, (n) => n.statement],
    ['export.col.spin', 16, (n) => label(t, `dashboard.spin.${n.spin}`, n.spin)],
    ['export.col.category', 20, (n) => label(t, `brief.concept.${n.category}`, n.category)],
    ['export.col.priority', 10, (n) => label(t, `dashboard.priority.${n.priority}`, n.priority)],
    ['export.col.status', 12, (n) => label(t, `dashboard.needStatus.${n.status}`, n.status)],
    ['export.col.voicedBy', 24, (n) => (n.voicedBy ? people.get(n.voicedBy)?.fullName : '')],
    ['export.col.source', 36, (n) => n.evidence?.url ?? n.evidence?.meetingDate],
    ['export.col.updated', 17, (n) => stamp(n.updatedAt)],
  ];
  const draftSpec: Spec<BundleData['uspDrafts'][number]> = [
    ['export.col.prospectId', 38, (d) => d.prospectId],
    ['export.col.prospect', 28, (d) => nameOf(d.prospectId)],
    ['export.col.language', 8, (d) => d.language],
    ['export.col.draftText', 80, draftText],
    ['export.col.versions', 10, (d) => d.versions.length],
    ['export.col.updated', 17, (d) => stamp(d.updatedAt)],
  ];
  // Rows by their prospect's name, then its id, each prospect's rows in stored order (what a
  // stable sort on that key gives): the few thousand prospect ids are sorted, not 100,000 rows.
  const byProspect = <R extends { prospectId: string }>(rows: readonly R[]) => {
    const groups = new Map<string, R[]>();
    for (const row of rows) {
      const group = groups.get(row.prospectId);
      if (group) group.push(row);
      else groups.set(row.prospectId, [row]);
    }
    const ids = [...groups.keys()].sort((a, b) => compare(nameOf(a), nameOf(b)) || compare(a, b));
    return ids.flatMap((id) => groups.get(id)!);
  };
  return [
    build(
      'prospects',
      t('dashboard.sheet.prospects'),
      t,
      prospectSpec,
      [...summaries].sort(
        (a, b) =>
          compare(a.prospect.name, b.prospect.name) || compare(a.prospect.id, b.prospect.id),
      ),
    ),
    build('people', t('dashboard.sheet.people'), t, personSpec, byProspect(data.people)),
    build('needs', t('dashboard.sheet.needs'), t, needSpec, byProspect(data.needs)),
    build('drafts', t('dashboard.sheet.drafts'), t, draftSpec, byProspect(data.uspDrafts)),
  ];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function segment(t: Translate, p: Prospect): string {
  return p.segment ? label(t, `dashboard.segment.${p.segment}`, p.segment) : '';
}

/**
 * The draft as the rep last left it: their edit (without the gap notes an earlier version wrote
 * into it), else the generated lines.
 */
export function draftText(d: BundleData['uspDrafts'][number]): string {
  return d.editedText !== null
    ? withoutGapNotes(d.editedText)
    : d.lines.map((l) => l.text).join('\n');
}
