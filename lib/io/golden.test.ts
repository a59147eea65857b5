import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n';
import { createBundle, serializeBundle, sortBundleData } from './bundle';
import { csvZip, tableToCsv } from './csv';
import { offerDocx, offerBlocks } from './docx';
import { prospectMarkdown } from './markdown';
import { parseBundle } from './parseBundle';
import { prospectDocument } from './prospectDocument';
import { buildTables } from './tables';
import { docxParagraphs, expectGolden, fixtureBundle, readXlsx, unzipText } from './testing';
import { tablesToXlsx } from './xlsx';

// Every export format from one fixture bundle, the clock frozen; `UPDATE_GOLDEN=1` refreshes.
const FROZEN = Date.UTC(2024, 4, 2, 9, 30);
const en = createTranslator('en');
const ru = createTranslator('ru');

describe('golden exports of the fixture bundle', () => {
  const bundle = fixtureBundle();

  it('JSON bundle', () => {
    const text = serializeBundle(
      createBundle(bundle.data, {
        schemaVersion: 1,
        appVersion: '0.1.0',
        exportedAt: FROZEN,
        exportedBy: 'Анна',
        scope: 'all',
      }),
    );
    expectGolden('bundle.json', text);
    const again = parseBundle(text);
    expect(again.ok && again.bundle.data).toEqual(sortBundleData(bundle.data));
  });

  it('CSV files, comma and semicolon, in a zip', () => {
    const tables = buildTables(bundle.data, en);
    const files = unzipText(csvZip(tables, ',', new Date(FROZEN)));
    expect(Object.keys(files).sort()).toEqual(['needs.csv', 'people.csv', 'prospects.csv']);
    for (const [name, text] of Object.entries(files)) expectGolden(`csv/${name}`, text);
    expectGolden('csv/prospects-semicolon.csv', tableToCsv(tables[0]!, ';'));
    expectGolden('csv/prospects-ru.csv', tableToCsv(buildTables(bundle.data, ru)[0]!, ';'));
  });

  it('XLSX workbook (parsed content)', async () => {
    const bytes = await tablesToXlsx(buildTables(bundle.data, en));
    expectGolden('workbook.xlsx.json', JSON.stringify(await readXlsx(bytes), null, 2) + '\n');
  });

  it('Markdown per prospect', () => {
    for (const p of bundle.data.prospects) {
      const doc = prospectDocument(bundle.data, p.id)!;
      expectGolden(`markdown/${p.id}.en.md`, prospectMarkdown(doc, en, 'en'));
      // The label says "(UTC)"; the value does not say it again.
      expect(prospectMarkdown(doc, en, 'en')).not.toMatch(/UTC\).*UTC/);
      expectGolden(`markdown/${p.id}.ru.md`, prospectMarkdown(doc, ru, 'ru'));
    }
  });

  it('DOCX commercial offer (parsed paragraphs)', async () => {
    const draft = bundle.data.uspDrafts[0]!;
    const prospect = bundle.data.prospects.find((p) => p.id === draft.prospectId)!;
    const input = {
      prospect,
      draft,
      rep: { name: 'Анна Петрова', contact: '+7 900 000-00-00\nanna@example.ru' },
      date: FROZEN,
    };
    const paragraphs = docxParagraphs(await offerDocx(input));
    expectGolden('offer.docx.json', JSON.stringify(paragraphs, null, 2) + '\n');
    // The gap line is a note for the rep, never in the client's document.
    expect(paragraphs.join('\n')).not.toContain('Нет ответа на');
    expect(offerBlocks(input).map((b) => b.text)).toEqual(paragraphs);
  });
});
