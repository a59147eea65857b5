import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBundle, serializeBundle, type BundleData } from '../io/bundle';
import { planImport, type MergeOptions } from '../io/merge';
import { parseBundle } from '../io/parseBundle';
import { fixtureBundle } from '../io/testing';
import { Brief, Clip, Need, Note, Person, Prospect, UspDraft } from '../model';
import { applyImportPlan, planBundleImport, readBundleData } from './bundle';
import { DealBriefDb } from './database';

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
    expect(one.portraitTemplates.map((t) => t.id)).toEqual(['manufacturer']);
    const other = await readBundleData(db, { prospectIds: ['p-northwind'] });
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
    const plan = planImport(fixtureBundle().data, await readBundleData(db), options);
    // A record without its key makes the last table's write fail after the others were written.
    (plan.writes.uspDrafts as unknown[]).push({ prospectId: 'p-tehnoprom' });
    await expect(applyImportPlan(db, plan)).rejects.toThrow();
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    db.close();
  });
});
