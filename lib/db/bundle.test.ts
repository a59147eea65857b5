import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBundle, emptyBundleData, serializeBundle, type BundleData } from '../io/bundle';
import { isEmptyPlan, type MergeOptions } from '../io/merge';
import { parseBundle } from '../io/parseBundle';
import { fixtureBundle } from '../io/testing';
import { Brief, Clip, Need, Note, Person, Prospect, UspDraft } from '../model';
import { applyImportPlan, planBundleImport, readBundleData } from './bundle';
import { DealBriefDb } from './database';
import { getDraft, saveDraftText, saveDraftVersion } from './drafts';
import { getNote, saveNote } from './notes';
import { createOfferProfile } from './offers';
import { createProspect, updateProspect } from './prospects';
import { freshDbPerTest } from './testing';

let n = 0;
const freshDb = () => new DealBriefDb(`bundle-test-${++n}-${Math.random()}`);
const options: MergeOptions = {
  now: 1_800_000_000_000,
  keptHeading: 'Kept',
  tableLabel: (t) => t,
  copySuffix: 'copy',
};
const meta = {
  schemaVersion: 1,
  appVersion: '0.1.0',
  exportedAt: 1_700_000_000_000,
  scope: 'all' as const,
};

async function seed(db: DealBriefDb, data: BundleData) {
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(data))
      if ((rows as object[]).length) await db.table(table).bulkPut(rows as object[]);
  });
}

async function exportText(db: DealBriefDb): Promise<string> {
  return serializeBundle(createBundle(await readBundleData(db), meta));
}

// Text that a hostile page or a rep could type: any unicode, formula starts, markup, newlines.
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('=1+1', '<img src=x onerror=alert(1)>', 'строка\nвторая', '', '"quoted";,'),
);
const time = fc.integer({ min: 0, max: 2_000_000_000_000 });

const randomData: fc.Arbitrary<BundleData> = fc
  .uniqueArray(fc.tuple(fc.uuid(), fc.domain()), {
    minLength: 1,
    maxLength: 6,
    selector: ([, d]) => d,
  })
  .chain((keys) => {
    const ids = keys.map(([id]) => id);
    const pid = fc.constantFrom(...ids);
    const prospects = fc.tuple(
      ...keys.map(([id, domain]) =>
        fc
          .record({
            name: text,
            stage: fc.constantFrom('selection', 'first_contact', 'contract', 'lost'),
            owner: text,
            segment: fc.option(fc.constantFrom('key', 'maintained'), { nil: undefined }),
            createdAt: time,
            updatedAt: time,
            potentialVolume: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), {
              nil: undefined,
            }),
          })
          .map((r) =>
            Prospect.parse({
              ...r,
              id,
              domains: [domain],
              stageHistory: [{ stage: r.stage, at: r.createdAt }],
            }),
          ),
      ),
    );
    const people = fc
      .uniqueArray(
        fc.record({
          id: fc.uuid(),
          prospectId: pid,
          fullName: text,
          position: text,
          notes: text,
          role: fc.constantFrom('decision_maker', 'influencer', 'unknown'),
          createdAt: time,
          updatedAt: time,
        }),
        { maxLength: 8, selector: (p) => p.id },
      )
      .map((rows) =>
        rows.map((r) => Person.parse({ ...r, contacts: [{ kind: 'email', value: 'a@b.c' }] })),
      );
    const needs = fc
      .uniqueArray(
        fc.record({
          id: fc.uuid(),
          prospectId: pid,
          statement: text,
          createdAt: time,
          updatedAt: time,
        }),
        { maxLength: 8, selector: (r) => r.id },
      )
      .map((rows) => rows.map((r) => Need.parse(r)));
    const perProspect = <T>(make: (id: string) => fc.Arbitrary<T>) =>
      fc
        .subarray(ids)
        .chain((chosen) =>
          chosen.length ? fc.tuple(...chosen.map(make)) : fc.constant([] as T[]),
        );
    const notes = perProspect((id) =>
      fc.record({ text, updatedAt: time }).map((r) => Note.parse({ ...r, prospectId: id })),
    );
    const briefs = perProspect((id) =>
      fc
        .record({ budget: text, updatedAt: time, s: text })
        .map(({ s, ...r }) =>
          Brief.parse({ ...r, prospectId: id, situation: [{ id: 'e1', text: s }] }),
        ),
    );
    const clips = fc
      .uniqueArray(
        fc.record({
          id: fc.uuid(),
          prospectId: pid,
          quote: text,
          url: fc.webUrl(),
          capturedAt: time,
        }),
        { maxLength: 5, selector: (r) => r.id },
      )
      .map((rows) => rows.map((r) => Clip.parse(r)));
    const drafts = fc
      .uniqueArray(
        fc.record({
          id: fc.uuid(),
          prospectId: pid,
          editedText: fc.option(text, { nil: null }),
          createdAt: time,
          updatedAt: time,
        }),
        { maxLength: 3, selector: (r) => r.id },
      )
      .map((rows) =>
        rows.map((r) =>
          UspDraft.parse({
            ...r,
            offerProfileId: 'offer-1',
            language: 'ru',
            lines: [{ kind: 'headline', text: 'x' }],
          }),
        ),
      );
    return fc.record({ prospects, people, needs, notes, briefs, clips, uspDrafts: drafts }).map(
      (d) =>
        ({
          ...fixtureBundle().data,
          ...d,
          prospects: [...d.prospects],
          notes: [...d.notes],
          briefs: [...d.briefs],
          portraits: [],
        }) as BundleData,
    );
  });

describe('bundle export and import over the database', () => {
  it('random bundles: export → import into an empty database → export again are identical', async () => {
    await fc.assert(
      fc.asyncProperty(randomData, async (data) => {
        const source = freshDb();
        const target = freshDb();
        try {
          await seed(source, data);
          const first = await exportText(source);
          const parsed = parseBundle(first);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const plan = await planBundleImport(target, parsed.bundle.data, options);
          expect(plan.report.total.conflicts).toBe(0);
          await applyImportPlan(target, plan);
          const second = await exportText(target);
          expect(JSON.parse(second)).toEqual(JSON.parse(first));
          // Importing the same file again changes nothing.
          const again = await planBundleImport(target, parsed.bundle.data, options);
          expect(
            again.report.total.added + again.report.total.updated + again.report.total.conflicts,
          ).toBe(0);
        } finally {
          source.close();
          target.close();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('reads one prospect with everything that hangs off it, and the profiles and templates it uses', async () => {
    const db = freshDb();
    await seed(db, fixtureBundle().data);
    const one = await readBundleData(db, { prospectIds: ['p-tehnoprom'] });
    expect(one.prospects.map((p) => p.id)).toEqual(['p-tehnoprom']);
    expect(one.people.map((p) => p.id).sort()).toEqual(['person-1', 'person-2']);
    expect(one.needs).toHaveLength(2);
    expect(one.clips).toHaveLength(1);
    expect(one.notes).toHaveLength(1);
    expect(one.briefs).toHaveLength(1);
    expect(one.portraits).toHaveLength(1);
    expect(one.uspDrafts).toHaveLength(1);
    expect(one.offerProfiles.map((o) => o.id)).toEqual(['offer-1']);
    // Its template is a built-in one: those live in code, never in the database or a bundle.
    expect(one.portraitTemplates).toEqual([]);
    const other = await readBundleData(db, { prospectIds: ['p-northwind'] });
    expect(other.portraitTemplates.map((t) => t.id)).toEqual(['user-metals']);
    expect(other.people.map((p) => p.id)).toEqual(['person-3']);
    expect(other.offerProfiles).toEqual([]);
    db.close();
  });

  it('reads only the tables asked for (a spreadsheet needs no clips), all or one prospect', async () => {
    const db = freshDb();
    const data = fixtureBundle().data;
    await seed(db, data);
    const tables = ['prospects', 'briefs', 'people', 'needs', 'uspDrafts'] as const;
    const all = await readBundleData(db);
    const some = await readBundleData(db, { tables });
    for (const table of Object.keys(all) as Array<keyof BundleData>)
      expect(some[table], table).toEqual(
        (tables as readonly string[]).includes(table) ? all[table] : [],
      );
    const one = await readBundleData(db, { prospectIds: ['p-tehnoprom'], tables });
    const full = await readBundleData(db, { prospectIds: ['p-tehnoprom'] });
    expect(one).toEqual({
      ...full,
      clips: [],
      notes: [],
      portraits: [],
      offerProfiles: [],
      portraitTemplates: [],
    });
    db.close();
  });

  it('an import is all or nothing: a failing write leaves every table as it was', async () => {
    const db = freshDb();
    const plan = await planBundleImport(db, fixtureBundle().data, options);
    // A record without its key makes the last table's write fail after the others were written.
    (plan.writes.uspDrafts as unknown[]).push({ prospectId: 'p-tehnoprom' });
    await expect(applyImportPlan(db, plan)).rejects.toThrow();
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    db.close();
  });
});

describe('an import never takes over a record of a prospect the file does not mention', () => {
  const prospect = (id: string, domain: string, name: string) =>
    Prospect.parse({ id, domains: [domain], name, createdAt: 1, updatedAt: 1 });
  const need = (id: string, prospectId: string, statement: string, extra: object = {}) =>
    Need.parse({ id, prospectId, statement, createdAt: 2, updatedAt: 2, ...extra });
  const person = (id: string, prospectId: string, fullName: string, extra: object = {}) =>
    Person.parse({ id, prospectId, fullName, createdAt: 2, updatedAt: 2, ...extra });

  /** ТехноПром with the pain the rep wrote down in a meeting and who voiced it. */
  async function repDatabase(): Promise<DealBriefDb> {
    const db = freshDb();
    await seed(db, {
      ...emptyBundleData(),
      prospects: [prospect('p-tehnoprom', 'tehnoprom.ru', 'ТехноПром')],
      people: [person('per-1', 'p-tehnoprom', 'Иванов Пётр')],
      needs: [
        need('need-1', 'p-tehnoprom', 'Срывы сроков поставки металла', { voicedBy: 'per-1' }),
      ],
    });
    return db;
  }

  it('a need of an unrelated prospect reusing the id is added under a new id; the rep’s stays', async () => {
    const db = await repDatabase();
    const before = await readBundleData(db);
    const file = {
      ...emptyBundleData(),
      prospects: [prospect('p-other', 'other.test', 'Other')],
      needs: [need('need-1', 'p-other', 'whatever the file says')],
    };
    const plan = await planBundleImport(db, file, options);
    // The review dialog says: needs – 1 added, nothing updated, and that it got a new id.
    expect(plan.report.tables.needs).toEqual({ added: 1, updated: 0, unchanged: 0, conflicts: 0 });
    expect(plan.report.movedIds).toMatchObject([
      { table: 'needs', fileId: 'need-1', prospectId: 'p-other', prospectName: 'Other' },
    ]);
    await applyImportPlan(db, plan);
    const after = await readBundleData(db);
    expect(after.needs.filter((n) => n.prospectId === 'p-tehnoprom')).toEqual(before.needs);
    expect(after.needs.filter((n) => n.prospectId === 'p-other').map((n) => n.statement)).toEqual([
      'whatever the file says',
    ]);
    db.close();
  });

  it('references to a moved record follow it, and importing the file again changes nothing', async () => {
    const db = await repDatabase();
    const before = await readBundleData(db);
    // Another rep's file: a prospect of its own whose person and need reuse the rep's ids.
    const file = {
      ...emptyBundleData(),
      prospects: [prospect('p-northwind', 'northwind.com', 'Northwind')],
      people: [
        person('per-1', 'p-northwind', 'Jane Doe'),
        person('per-2', 'p-northwind', 'John Roe', { reportsTo: 'per-1', influences: ['per-1'] }),
      ],
      needs: [need('need-1', 'p-northwind', 'Late deliveries', { voicedBy: 'per-1' })],
      uspDrafts: [
        UspDraft.parse({
          id: 'draft-1',
          prospectId: 'p-northwind',
          offerProfileId: 'offer-1',
          language: 'en',
          links: [{ needId: 'need-1', propertyId: null, status: 'confirmed' }],
          lines: [{ kind: 'answer', text: 'On time', needId: 'need-1' }],
          createdAt: 2,
          updatedAt: 2,
        }),
      ],
    };
    const plan = await planBundleImport(db, file, options);
    expect(plan.report.movedIds.map((m) => [m.table, m.fileId])).toEqual([
      ['people', 'per-1'],
      ['needs', 'need-1'],
    ]);
    await applyImportPlan(db, plan);
    const after = await readBundleData(db);
    for (const table of ['people', 'needs'] as const)
      expect(after[table].filter((r) => r.prospectId === 'p-tehnoprom')).toEqual(before[table]);
    const jane = after.people.find((p) => p.fullName === 'Jane Doe')!;
    const john = after.people.find((p) => p.fullName === 'John Roe')!;
    const late = after.needs.find((n) => n.statement === 'Late deliveries')!;
    expect(jane.id).not.toBe('per-1');
    expect([john.reportsTo, john.influences, late.voicedBy]).toEqual([jane.id, [jane.id], jane.id]);
    const [draft] = after.uspDrafts;
    expect([draft!.links[0]!.needId, draft!.lines[0]!.needId]).toEqual([late.id, late.id]);
    // The same file again: it finds what it added the first time.
    const again = await planBundleImport(db, file, options);
    expect(isEmptyPlan(again)).toBe(true);
    expect(again.report.total).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    db.close();
  });

  it('a record of the same prospect (matched by domain) with the same id is merged as before', async () => {
    const db = await repDatabase();
    const file = {
      ...emptyBundleData(),
      prospects: [prospect('p-anna', 'tehnoprom.ru', 'ТехноПром')],
      needs: [
        need('need-1', 'p-anna', 'Срывы сроков поставки металла и проката', { updatedAt: 9 }),
      ],
    };
    const plan = await planBundleImport(db, file, options);
    expect(plan.report.movedIds).toEqual([]);
    expect(plan.report.tables.needs).toMatchObject({ added: 0, updated: 1 });
    db.close();
  });
});

/** The rep's prospect, as the side panel creates it. */
const acme = (db: DealBriefDb) =>
  createProspect(db, { domain: 'acme.ru', name: 'Acme', owner: 'me', now: 1 });

/** A need of the rep's, last edited at 5, and a colleague's file with a newer version of it. */
async function needConflict(db: DealBriefDb, p: Prospect, mine: string, theirs: string) {
  const need = Need.parse({
    id: 'n1',
    prospectId: p.id,
    statement: mine,
    createdAt: 1,
    updatedAt: 5,
  });
  await db.needs.put(need);
  const file: BundleData = {
    ...emptyBundleData(),
    prospects: [Prospect.parse({ ...p, updatedAt: 1 })],
    needs: [{ ...need, statement: theirs, updatedAt: 9 }],
  };
  return { need, file };
}

describe('the kept texts of an import join the rep’s notes', () => {
  let db: DealBriefDb;
  freshDbPerTest((d) => (db = d));

  it('a conflict for a prospect whose note the file lacks keeps what the rep wrote there', async () => {
    const p = await acme(db);
    await saveNote(db, p.id, 'Call back on Monday, ask for Ivanov', 100);
    // A colleague's file with the prospect and a newer version of a need, but no notes.
    const { file } = await needConflict(db, p, 'Mine', 'Theirs');
    const plan = await planBundleImport(db, file, options);
    expect(plan.report.tables.needs.conflicts).toBe(1);
    await applyImportPlan(db, plan);
    const text = (await getNote(db, p.id))?.text ?? '';
    expect(text).toMatch(/^Call back on Monday, ask for Ivanov\n\n——— Kept ———\nneeds: Mine$/);
  });
});

describe('a colleague’s USP draft for the same company', () => {
  let db: DealBriefDb;
  freshDbPerTest((d) => (db = d));

  /** The rep's prospect with their edited draft (and one saved version), and a colleague's file. */
  async function setUp(theirUpdatedAt: number) {
    const p = await acme(db);
    const offer = await createOfferProfile(db, { name: 'Offer', now: 1 });
    const mine = UspDraft.parse({
      id: 'my-draft',
      prospectId: p.id,
      offerProfileId: offer.id,
      language: 'en',
      lines: [{ kind: 'headline', text: 'Generated' }],
      editedText: null,
      createdAt: 10,
      updatedAt: 10,
    });
    await db.uspDrafts.put(mine);
    await saveDraftText(db, mine.id, 'My first wording', 15);
    await saveDraftVersion(db, mine.id, 16);
    await saveDraftText(db, mine.id, 'My carefully edited offer text', 20);
    // The same company (matched by domain) under another prospect id, with a draft of theirs.
    const file: BundleData = {
      ...emptyBundleData(),
      prospects: [Prospect.parse({ ...p, id: 'their-prospect', updatedAt: 1 })],
      offerProfiles: [offer],
      uspDrafts: [
        UspDraft.parse({
          ...mine,
          id: 'their-draft',
          prospectId: 'their-prospect',
          editedText: 'Their text',
          updatedAt: theirUpdatedAt,
        }),
      ],
    };
    return { p, file };
  }

  it('a newer one takes the draft’s place; the rep’s text is kept in the notes and reported', async () => {
    const { p, file } = await setUp(30);
    const plan = await planBundleImport(db, file, options);
    expect(plan.report.tables.uspDrafts).toEqual({
      added: 0,
      updated: 0,
      unchanged: 0,
      conflicts: 1,
    });
    expect(plan.report.conflicts).toMatchObject([
      { table: 'uspDrafts', winner: 'file', keptText: 'My carefully edited offer text' },
    ]);
    expect(plan.report.movedIds).toEqual([]);
    await applyImportPlan(db, plan);

    // Still one draft: the USP tab shows the newer text, under the draft's own id…
    const drafts = (await readBundleData(db)).uspDrafts.filter((d) => d.prospectId === p.id);
    expect(drafts.map((d) => [d.id, d.editedText])).toEqual([['my-draft', 'Their text']]);
    expect((await getDraft(db, p.id))?.editedText).toBe('Their text');
    // …the rep's text is in the notes, and the version they saved is still there to restore.
    expect((await getNote(db, p.id))?.text).toContain('My carefully edited offer text');
    expect(drafts[0]!.versions.map((v) => v.text)).toContain('My first wording');

    // The same file again changes nothing.
    expect(isEmptyPlan(await planBundleImport(db, file, options))).toBe(true);
  });

  it('an older one does not replace the rep’s draft; its text is kept in the notes', async () => {
    const { p, file } = await setUp(18);
    const plan = await planBundleImport(db, file, options);
    expect(plan.report.conflicts).toMatchObject([
      { table: 'uspDrafts', winner: 'database', keptText: 'Their text' },
    ]);
    await applyImportPlan(db, plan);
    const drafts = (await readBundleData(db)).uspDrafts.filter((d) => d.prospectId === p.id);
    expect(drafts.map((d) => [d.id, d.editedText])).toEqual([
      ['my-draft', 'My carefully edited offer text'],
    ]);
    expect((await getNote(db, p.id))?.text).toContain('Their text');
    expect(isEmptyPlan(await planBundleImport(db, file, options))).toBe(true);
  });

  it('a draft whose id is another prospect’s draft here still meets the draft of its own', async () => {
    const { p, file } = await setUp(30);
    const other = await createProspect(db, {
      domain: 'other.ru',
      name: 'Other',
      owner: 'me',
      now: 1,
    });
    await db.uspDrafts.put({
      ...(await db.uspDrafts.get('my-draft'))!,
      id: 'their-draft',
      prospectId: other.id,
      editedText: 'Other text',
    });
    const plan = await planBundleImport(db, file, options);
    expect(plan.report.movedIds).toEqual([]);
    await applyImportPlan(db, plan);
    expect((await getDraft(db, p.id))?.id).toBe('my-draft');
    expect((await getDraft(db, p.id))?.editedText).toBe('Their text');
    expect((await getDraft(db, other.id))?.editedText).toBe('Other text');
  });
});

// ImportPanel: choosing a file plans and opens the report; the rep confirms whenever they like,
// and may have typed notes or moved a stage in the side panel meanwhile.
describe('an import confirmed after the database changed', () => {
  let db: DealBriefDb;
  freshDbPerTest((d) => (db = d));

  it('does not overwrite notes typed while the report was open', async () => {
    const p = await acme(db);
    await saveNote(db, p.id, 'my notes', 100);
    // A colleague's file with the same prospect and an older note of theirs (a conflict).
    const file: BundleData = {
      ...emptyBundleData(),
      prospects: [Prospect.parse({ ...p, id: 'their-id', updatedAt: 50, createdAt: 1 })],
      notes: [{ prospectId: 'their-id', text: 'colleague notes', updatedAt: 50 }],
    };
    const plan = await planBundleImport(db, file, options);
    expect(plan.report.tables.notes.conflicts).toBe(1);

    await saveNote(db, p.id, 'my notes\nCall back on Monday, ask for Ivanov', 200, {
      base: 'my notes',
      conflictMarker: '----',
    });

    // The report is the same (the rep's note still wins, the colleague's is kept): written.
    const outcome = await applyImportPlan(db, plan);
    expect(outcome.written).toBe(true);
    expect(outcome.plan.report).toEqual(plan.report);
    const note = await getNote(db, p.id);
    expect(note?.text).toMatch(
      /^my notes\nCall back on Monday, ask for Ivanov\n\n——— Kept ———\nnotes: colleague notes$/,
    );
  });

  it('writes nothing when the report would change, and returns the new one to confirm', async () => {
    const p = await acme(db);
    // The colleague's version of the prospect is newer than the rep's: it would win…
    const file: BundleData = {
      ...emptyBundleData(),
      prospects: [Prospect.parse({ ...p, id: 'their-id', stage: 'first_contact', updatedAt: 50 })],
      needs: [
        Need.parse({
          id: 'n1',
          prospectId: 'their-id',
          statement: 'Late',
          createdAt: 50,
          updatedAt: 50,
        }),
      ],
    };
    const plan = await planBundleImport(db, file, options);
    expect(plan.report.conflicts).toMatchObject([{ table: 'prospects', winner: 'file' }]);
    const before = await readBundleData(db);

    // …but the rep moves the stage on while the report is open: now theirs is the newer.
    await updateProspect(db, p.id, { stage: 'contract' }, 200);
    const changed = await readBundleData(db);
    const outcome = await applyImportPlan(db, plan);
    expect(outcome.written).toBe(false);
    expect(await readBundleData(db)).toEqual(changed); // nothing of the file, all or nothing
    expect(changed).not.toEqual(before);
    expect(outcome.plan.report.conflicts).toMatchObject([
      { table: 'prospects', winner: 'database', keptText: 'Acme · First contact · me' },
    ]);

    // The rep confirms the new report: written, and the stage they set stays.
    const again = await applyImportPlan(db, outcome.plan);
    expect(again.written).toBe(true);
    const after = await readBundleData(db);
    expect(after.prospects.map((r) => r.stage)).toEqual(['contract']);
    expect(after.needs.map((n) => n.statement)).toEqual(['Late']);
    expect((await getNote(db, p.id))?.text).toContain('Acme · First contact · me');
  });

  it('a need the file would update, edited meanwhile, is not overwritten', async () => {
    const p = await acme(db);
    const { need, file } = await needConflict(db, p, 'Late', 'Late, 3 days a month');
    const plan = await planBundleImport(db, file, options);
    expect(plan.report.tables.needs).toMatchObject({ updated: 1 });
    await db.needs.put({ ...need, statement: 'Late: the rep’s words', updatedAt: 20 });
    const outcome = await applyImportPlan(db, plan);
    expect(outcome.written).toBe(false);
    expect(outcome.plan.report.conflicts).toMatchObject([{ table: 'needs', winner: 'database' }]);
    expect((await db.needs.get('n1'))?.statement).toBe('Late: the rep’s words');
  });

  it('a draft the rep made meanwhile is met by the file’s, not hidden behind it', async () => {
    const p = await acme(db);
    const draft = UspDraft.parse({
      id: 'their-draft',
      prospectId: 'their-id',
      offerProfileId: 'offer-1',
      language: 'en',
      lines: [{ kind: 'headline', text: 'Theirs' }],
      createdAt: 30,
      updatedAt: 30,
    });
    const file: BundleData = {
      ...emptyBundleData(),
      prospects: [Prospect.parse({ ...p, id: 'their-id', updatedAt: 1 })],
      uspDrafts: [draft],
    };
    const plan = await planBundleImport(db, file, options);
    expect(plan.report.tables.uspDrafts).toMatchObject({ added: 1 });
    await db.uspDrafts.put({
      ...draft,
      id: 'my-draft',
      prospectId: p.id,
      editedText: 'Mine',
      updatedAt: 20,
    });
    const outcome = await applyImportPlan(db, plan);
    expect(outcome.written).toBe(false);
    expect(outcome.plan.report.tables.uspDrafts).toMatchObject({ added: 0, conflicts: 1 });
    expect((await applyImportPlan(db, outcome.plan)).written).toBe(true);
    expect((await readBundleData(db)).uspDrafts.map((d) => d.id)).toEqual(['my-draft']);
    expect((await getNote(db, p.id))?.text).toContain('Mine');
  });

  it('a record added meanwhile where the file’s would go is not overwritten either', async () => {
    const file: BundleData = {
      ...emptyBundleData(),
      prospects: [
        Prospect.parse({
          id: 'p1',
          domains: ['acme.ru'],
          name: 'Acme',
          createdAt: 1,
          updatedAt: 1,
        }),
      ],
    };
    const plan = await planBundleImport(db, file, options);
    expect(plan.report.tables.prospects.added).toBe(1);
    // The rep opens acme.ru in the side panel meanwhile: the prospect is created there.
    const mine = await createProspect(db, {
      domain: 'acme.ru',
      name: 'ACME Ltd',
      owner: 'me',
      now: 9,
    });
    const outcome = await applyImportPlan(db, plan);
    expect(outcome.written).toBe(false);
    expect(outcome.plan.report.mergedByDomain).toHaveLength(1);
    expect((await readBundleData(db)).prospects).toEqual([mine]);
  });
});

describe('whatever the rep changes while the report is open', () => {
  type Edited = { table: 'prospects' | 'notes' | 'needs' | 'people' | 'uspDrafts'; at: number };
  const EDITABLE = {
    prospects: { key: 'id', field: 'name' },
    notes: { key: 'prospectId', field: 'text' },
    needs: { key: 'id', field: 'statement' },
    people: { key: 'id', field: 'fullName' },
    uspDrafts: { key: 'id', field: 'editedText' },
  } as const;
  /** Every `step`-th record of the editable tables, changed at `at` with `label` in its text. */
  function edit(data: BundleData, step: number, offset: number, at: number, label: string) {
    const out = structuredClone(data);
    const changed: Array<{ table: Edited['table']; key: string; text: string }> = [];
    let i = 0;
    for (const table of Object.keys(EDITABLE) as Array<Edited['table']>) {
      const { key, field } = EDITABLE[table];
      for (const row of out[table] as unknown as Array<Record<string, unknown>>) {
        if (i++ % step !== offset) continue;
        const text = `${label} ${i}`;
        row[field] = text;
        row.updatedAt = at;
        changed.push({ table, key: row[key] as string, text });
      }
    }
    return { data: out, changed };
  }

  it('is there after the import, or nothing of the file is written', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomData,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        async (data, fileStep, repStep) => {
          const db = freshDb();
          try {
            await seed(db, data);
            // A colleague's file: the same records, some changed after the rep's last edits.
            const file = edit(data, fileStep, 0, 2_100_000_000_000, 'colleague').data;
            const plan = await planBundleImport(db, file, options);
            // The rep changes other records, and some of the same, later still.
            const mine = edit(
              await readBundleData(db),
              repStep,
              repStep - 1,
              2_200_000_000_000,
              'rep',
            );
            await seed(db, mine.data);
            const before = await readBundleData(db);
            const outcome = await applyImportPlan(db, plan);
            const after = await readBundleData(db);
            if (!outcome.written) {
              expect(after).toEqual(before);
              return;
            }
            for (const { table, key, text } of mine.changed) {
              const { key: keyField, field } = EDITABLE[table];
              const rows = after[table] as unknown as Array<Record<string, unknown>>;
              const row = rows.find((r) => r[keyField] === key);
              expect(String(row?.[field]), `${table} ${key}`).toContain(text);
            }
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
