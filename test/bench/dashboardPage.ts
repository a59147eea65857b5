// Bundled by the dashboard bench into a copy of the built extension, so exports and imports run
// in the real extension origin and real IndexedDB. Never part of the shipped extension.
import {
  CURRENT_SCHEMA_VERSION,
  DealBriefDb,
  applyImportPlan,
  getDb,
  planBundleImport,
  readBundleData,
} from '../../lib/db';
import { createTranslator } from '../../lib/i18n';
import { createBundle, serializeBundle, type BundleData } from '../../lib/io/bundle';
import { parseBundle } from '../../lib/io/parseBundle';
import { buildExportFile, type ExportFormat } from '../../components/dashboard/exporter';
import { readDetails, type LoadedRecords } from '../../components/dashboard/records';
import { buildSearch } from '../../components/dashboard/search';

const t = createTranslator('en');
const STAGES = [
  'selection',
  'first_contact',
  'needs_identified',
  'offer_prepared',
  'contract',
  'lost',
];
const POSITIONS = [
  'Главный инженер',
  'Директор',
  'Главный механик',
  'Chief Engineer',
  'Procurement manager',
];

function records(n: number, people: number, needs: number): BundleData {
  const now = 1_714_550_400_000;
  const data: BundleData = {
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
  for (let i = 0; i < n; i++) {
    const id = `p-${i}`;
    const stage = STAGES[i % STAGES.length]!;
    data.prospects.push({
      id,
      domains: [`company-${i}.ru`],
      name: `Компания ${i}`,
      stage,
      stageHistory: [{ stage, at: now, by: 'bench' }],
      owner: `rep${i % 7}`,
      tags: [],
      portraitTemplateId: 'generic',
      createdAt: now - i,
      updatedAt: now - i,
    } as BundleData['prospects'][number]);
    data.notes.push({
      prospectId: id,
      text: `Заметки о компании ${i}: звонить после 10:00, главный инженер решает.`,
      updatedAt: now,
    });
    for (let j = 0; j < people; j++)
      data.people.push({
        id: `${id}-person-${j}`,
        prospectId: id,
        fullName: `Иванов ${i}-${j}`,
        position: POSITIONS[j % POSITIONS.length]!,
        department: '',
        role: j === 0 ? 'decision_maker' : 'influencer',
        influence: 3,
        attitude: 'unknown',
        roleSource: 'guess',
        influences: [],
        contacts: [{ id: '0', kind: 'email', value: `p${j}@company-${i}.ru` }],
        notes: '',
        evidence: [],
        createdAt: now,
        updatedAt: now,
      });
    for (let k = 0; k < needs; k++)
      data.needs.push({
        id: `${id}-need-${k}`,
        prospectId: id,
        statement: `Линия простаивает в ожидании запчастей, случай ${k} (${i})`,
        spin: 'problem',
        category: 'downtime',
        categoryConfirmed: false,
        priority: 'medium',
        status: 'open',
        createdAt: now,
        updatedAt: now,
      });
  }
  return data;
}

async function rawBulkPut(db: DealBriefDb, data: BundleData): Promise<number> {
  const start = performance.now();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(data))
      if ((rows as object[]).length) await db.table(table).bulkPut(rows as object[]);
  });
  return performance.now() - start;
}

async function seed(
  n: number,
  people: number,
  needs: number,
): Promise<{ bulkPut: number; records: number }> {
  const data = records(n, people, needs);
  const db = getDb();
  await db.open();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((tb) => tb.clear())));
  const bulkPut = await rawBulkPut(db, data);
  return { bulkPut, records: Object.values(data).reduce((s, r) => s + (r as object[]).length, 0) };
}

const meta = () => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  appVersion: 'bench',
  exportedAt: Date.now(),
  scope: 'all' as const,
});

/**
 * Each export as the dashboard runs it, from the click to the finished file (only handing the
 * bytes to the browser's download is left out): the exporter's own code, with the records the
 * dashboard page holds once its background load is done, loaded here by the same reads (every
 * prospect, then briefs, people, needs and notes in pages). The export buttons wait for that load
 * only for the spreadsheets' data; JSON reads everything from the database itself.
 */
async function exports() {
  const db = getDb();
  let start = performance.now();
  const data = await readBundleData(db);
  const read = performance.now() - start;
  start = performance.now();
  const reference = JSON.stringify(data).length;
  const stringify = performance.now() - start;
  const prospects = await db.prospects.toArray();
  const { briefs, people, needs } = await readDetails(db);
  const records: LoadedRecords = { prospects, briefs, people, needs };
  const run = async (format: ExportFormat) => {
    const begin = performance.now();
    const file = await buildExportFile({
      format,
      scope: { kind: 'all' },
      delimiter: ';',
      repName: 'bench',
      t,
      lang: 'en',
      onProgress: () => undefined,
      records,
    });
    return { ms: performance.now() - begin, bytes: file.content.length };
  };
  const json = await run('json');
  const csv = await run('csv');
  const xlsx = await run('xlsx');
  return {
    read,
    stringify,
    jsonMs: json.ms,
    csvMs: csv.ms,
    xlsxMs: xlsx.ms,
    bytes: { json: json.bytes, reference, zip: csv.bytes, xlsx: xlsx.bytes },
  };
}

async function importBench() {
  const text = serializeBundle(createBundle(await readBundleData(getDb()), meta()));
  const target = new DealBriefDb(`bench-import-${Date.now()}`);
  const reference = new DealBriefDb(`bench-raw-${Date.now()}`);
  const start = performance.now();
  const parsed = parseBundle(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  const plan = await planBundleImport(target, parsed.bundle.data, {
    now: Date.now(),
    keptHeading: 'Kept',
    tableLabel: (x) => x,
    copySuffix: 'copy',
  });
  await applyImportPlan(target, plan);
  const importMs = performance.now() - start;
  const raw = await rawBulkPut(reference, parsed.bundle.data);
  const counts = await Promise.all(target.tables.map((tb) => tb.count()));
  target.close();
  reference.close();
  return { importMs, raw, written: counts.reduce((a, b) => a + b, 0) };
}

/** The index the dashboard builds (names, domains, people, needs, notes), then typical queries. */
async function searchBench() {
  const db = getDb();
  const [prospects, people, needs, notes] = await Promise.all([
    db.prospects.toArray(),
    db.people.toArray(),
    db.needs.toArray(),
    db.notes.toArray(),
  ]);
  const docs = new Map<string, { people: string[]; needs: string[] }>();
  const entry = (id: string) => {
    let d = docs.get(id);
    if (!d) docs.set(id, (d = { people: [], needs: [] }));
    return d;
  };
  for (const p of people) entry(p.prospectId).people.push(`${p.fullName} ${p.position}`);
  for (const n of needs) entry(n.prospectId).needs.push(n.statement);
  const noteOf = new Map(notes.map((n) => [n.prospectId, n.text]));
  let start = performance.now();
  const search = buildSearch(
    prospects.map((p) => ({
      id: p.id,
      name: p.name,
      domains: p.domains.join(' '),
      people: (docs.get(p.id)?.people ?? []).join(' \n '),
      needs: (docs.get(p.id)?.needs ?? []).join(' \n '),
      notes: noteOf.get(p.id) ?? '',
    })),
  );
  const build = performance.now() - start;
  const times: number[] = [];
  for (const q of ['Иванов 5000', 'company-777', 'главный инженер', 'Компания 42', 'запчаст']) {
    start = performance.now();
    search.search(q);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { build, median: times[Math.floor(times.length / 2)]! };
}

Object.assign(globalThis, { dashboardBench: { seed, exports, importBench, searchBench } });
