import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FIXTURE = fileURLToPath(new URL('../fixtures/io/bundle.json', import.meta.url));

interface FixtureBundle {
  data: Record<string, Array<Record<string, unknown>>>;
  [key: string]: unknown;
}
const fixture = async () => JSON.parse(await readFile(FIXTURE, 'utf8')) as FixtureBundle;

/** Fills the extension's IndexedDB with raw puts (the dashboard page created the schema). */
async function seed(page: Page, data: FixtureBundle['data'], extra: number) {
  await page.evaluate(
    async ({ data, extra }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('dealbrief');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const tables = Object.keys(data);
      const tx = db.transaction(tables, 'readwrite');
      for (const table of tables) for (const row of data[table]!) tx.objectStore(table).put(row);
      // Filler prospects, so the table scrolls and the filters have something to leave out.
      for (let i = 0; i < extra; i++)
        tx.objectStore('prospects').put({
          id: `filler-${i}`,
          domains: [`filler-${i}.example`],
          name: `Filler ${String(i).padStart(3, '0')}`,
          stage: i % 3 === 0 ? 'first_contact' : 'selection',
          stageHistory: [],
          owner: i % 2 ? 'Bob' : 'Анна',
          tags: [],
          portraitTemplateId: 'generic',
          createdAt: 1714550400000,
          updatedAt: 1714550400000 - i,
        });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { data, extra },
  );
}

async function openSeeded(page: Page, extId: string, extra = 120) {
  await page.goto(`chrome-extension://${extId}/dashboard.html`);
  await expect(page.getByRole('heading', { name: 'No prospects yet' })).toBeVisible();
  await seed(page, (await fixture()).data, extra);
  await page.reload();
  await expect(page.getByRole('link', { name: 'ООО «ТехноПром»' })).toBeVisible();
}

test.describe('manager dashboard', () => {
  test('filter, search, open a prospect, export CSV and XLSX and read them back', async ({
    context,
    extId,
  }) => {
    const page = await context.newPage();
    await openSeeded(page, extId);
    await expect(
      page.getByRole('status').filter({ hasText: 'Showing 122 of 122 prospects' }),
    ).toBeVisible();
    // Hostile names are text, never markup.
    await expect(
      page.getByRole('link', { name: 'Northwind Metals <script>alert(1)</script>' }),
    ).toBeAttached();

    // Full-text search finds a prospect by a person's name and by a need's words.
    const search = page.getByRole('searchbox', { name: 'Search prospects' });
    await search.fill('Иванов');
    await expect(page.getByText('Showing 1 of 122 prospects')).toBeVisible();
    await expect(page.getByRole('link', { name: 'ООО «ТехноПром»' })).toBeVisible();
    await search.fill('простаивает');
    await expect(page.getByText('Showing 1 of 122 prospects')).toBeVisible();
    await search.fill('');

    // Filters: stage, then "no decision maker".
    await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Lost' });
    await expect(page.getByText('Showing 1 of 122 prospects')).toBeVisible();
    await expect(page.getByRole('link', { name: /Northwind Metals/ })).toBeVisible();
    await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Any' });
    await page.getByRole('checkbox', { name: 'No decision maker' }).check();
    await expect(page.getByText('Showing 121 of 122 prospects')).toBeVisible();
    await page.getByRole('combobox', { name: 'Owner' }).selectOption('Bob');
    await expect(page.getByText('Showing 61 of 122 prospects')).toBeVisible();

    // Sorting by name puts the filler rows in order.
    await page.getByRole('button', { name: /^Company/ }).click();
    await expect(page.getByRole('columnheader', { name: /Company/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(page.getByRole('row').nth(1)).toContainText('Filler 001');

    // CSV of the filtered set, semicolon-separated.
    await page.getByRole('combobox', { name: 'CSV delimiter' }).selectOption(';');
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV files (zip)' }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toMatch(/^dealbrief-filtered-csv-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(await readFile((await csv.path())!)));
    expect(Object.keys(files).sort()).toEqual(['needs.csv', 'people.csv', 'prospects.csv']);
    const prospectsCsv = Buffer.from(files['prospects.csv']!).toString('utf8');
    expect(prospectsCsv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(prospectsCsv.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(61);
    expect(rows.every((r) => r.Owner === 'Bob')).toBe(true);
    expect(rows.find((r) => r['Prospect ID'] === 'p-northwind')?.Stage).toBe('Lost');
    const people = Papa.parse<Record<string, string>>(
      Buffer.from(files['people.csv']!).toString('utf8').slice(1),
      { header: true, delimiter: ';', skipEmptyLines: true },
    ).data;
    // A note starting with a tab would be a formula in a spreadsheet: it is neutralised.
    expect(people).toEqual([
      expect.objectContaining({ Name: 'Jane Doe', Notes: "'\tTab-led note" }),
    ]);

    // XLSX of everything.
    await page.getByRole('radio', { name: /^All/ }).check();
    const xlsxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Excel workbook (XLSX)' }).click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toMatch(/^dealbrief-all-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await expect(page.getByText(`Saved ${xlsx.suggestedFilename()}`)).toBeVisible();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Prospects',
      'People',
      'Needs',
      'Drafts',
    ]);
    const sheet = workbook.getWorksheet('Prospects')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(123);
    expect(sheet.getColumn(2).width).toBeGreaterThan(10);
    const needs = workbook.getWorksheet('Needs')!;
    expect(needs.getRow(2).getCell(3).value).toBe('Линия простаивает в ожидании запчастей');

    // The full-tab prospect view, and back.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByText('Showing 122 of 122 prospects')).toBeVisible();
    // Sorted by name, the Cyrillic name is the last of 122 rows: out of view, so not in the page.
    await expect(page.getByRole('link', { name: 'ООО «ТехноПром»' })).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Search prospects' }).fill('tehnoprom');
    await page.getByRole('link', { name: 'ООО «ТехноПром»' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'ООО «ТехноПром»' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Decision-maker map' })).toBeVisible();
    await expect(page.getByText('Иванов Пётр Сергеевич')).toBeVisible();
    await expect(page.getByText('Линия простаивает в ожидании запчастей')).toBeVisible();
    const docx = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Commercial offer (DOCX)' }).click();
    expect((await docx).suggestedFilename()).toMatch(/-offer-\d{4}-\d{2}-\d{2}\.docx$/);
    await page.getByRole('button', { name: 'All prospects' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search prospects' })).toBeVisible();

    // The funnel and the role table follow the data.
    await page.getByRole('tab', { name: 'Funnel' }).click();
    await expect(page.getByRole('img', { name: /Funnel of the shown prospects/ })).toBeVisible();
    await expect(page.getByRole('row', { name: 'First contact 42 40 34%' })).toBeVisible();
    await expect(
      page.getByRole('row', { name: /^Анна 61 61 21 1 0 0 0 0% Below the norm/ }),
    ).toBeVisible();
    await page.getByRole('tab', { name: 'Who decides' }).click();
    await expect(page.getByRole('rowheader', { name: /chief engineer/i })).toBeVisible();
  });

  test('import a bundle with a conflict: the report first, then one write; bad files write nothing', async ({
    context,
    extId,
  }, info) => {
    const page = await context.newPage();
    await openSeeded(page, extId, 0);

    // Not JSON at all.
    const bad = info.outputPath('not-a-bundle.json');
    await writeFile(
      bad,
      '{"format":"dealbrief-bundle","schemaVersion":1,"appVersion":"1","exportedAt":1,"scope":{"kind":"all","prospects":1},"data":{"people":[{"id":"x"}]}}',
    );
    await page.locator('#import-file').setInputFiles(bad);
    await expect(page.getByRole('alert')).toContainText('A record in the file is not valid.');
    await expect(page.getByRole('alert')).toContainText('Where: data.people[0].prospectId');
    await expect(page.getByRole('alert')).toContainText('Nothing was imported.');

    // Bob's bundle: the same company under his own id via its second domain, a need he edited later.
    const bob = await fixture();
    const tp = bob.data.prospects!.find((p) => p.id === 'p-tehnoprom')!;
    bob.data = {
      prospects: [
        {
          ...tp,
          id: 'bob-tp',
          domains: ['tehnoprom-group.ru'],
          owner: 'Bob',
          updatedAt: (tp.updatedAt as number) + 1000,
        },
      ],
      needs: [
        {
          ...bob.data.needs![0]!,
          prospectId: 'bob-tp',
          statement: 'Простои 3 дня в месяц',
          updatedAt: 1800000000000,
        },
      ],
    };
    const file = info.outputPath('bob.json');
    await writeFile(file, JSON.stringify(bob));
    await page.locator('#import-file').setInputFiles(file);
    const dialog = page.getByRole('dialog', { name: 'Import report: bob.json' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row', { name: 'Needs 0 0 0 1' })).toBeVisible();
    await expect(dialog.getByRole('row', { name: 'Total 0 0 0 2' })).toBeVisible();
    await expect(
      dialog.getByText('ООО «ТехноПром» → ООО «ТехноПром» (shared domain tehnoprom-group.ru)'),
    ).toBeVisible();
    await expect(dialog.getByText('Линия простаивает в ожидании запчастей')).toBeVisible();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(
      page.getByText('Imported: 0 added, 0 updated, 2 conflicts kept in notes.'),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'ООО «ТехноПром»' })).toHaveCount(1);

    // The new statement is there, and the old one is kept in the notes.
    await page.getByRole('link', { name: 'ООО «ТехноПром»' }).click();
    await expect(page.getByText('Простои 3 дня в месяц')).toBeVisible();
    await expect(page.getByText(/Kept on import .*: the other version/)).toBeVisible();
    await page.getByRole('button', { name: 'All prospects' }).click();

    // The same file again: nothing to do.
    await page.locator('#import-file').setInputFiles(file);
    await expect(
      dialog.getByText('Everything in this file is already here. Nothing to import.'),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  test('the panel opens the dashboard in a new tab', async ({ context, extId }) => {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extId}/sidepanel.html`);
    const opened = context.waitForEvent('page');
    await panel.getByRole('button', { name: 'All prospects' }).click();
    const dashboard = await opened;
    await dashboard.waitForLoadState();
    expect(dashboard.url()).toBe(`chrome-extension://${extId}/dashboard.html`);
    await expect(dashboard.getByRole('heading', { name: 'All prospects', level: 1 })).toBeVisible();
  });
});
