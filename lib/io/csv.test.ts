import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvConfig, csvZip, tableToCsv } from './csv';
import { safeCsvCell } from './neutralize';
import type { Table } from './tables';

// The CSV is written a block of rows at a time; the file must be what one papaparse call over
// the whole table gives.
function wholeFile(table: Table, delimiter: ',' | ';'): string {
  return (
    '\uFEFF' +
    Papa.unparse(
      {
        fields: table.columns.map((c) => String(safeCsvCell(c.header))),
        data: table.rows.map((row) => row.map(safeCsvCell)),
      },
      csvConfig(delimiter),
    )
  );
}

function table(id: Table['id'], rows: number): Table {
  return {
    id,
    title: id,
    columns: [
      { header: 'Name', width: 10 },
      { header: 'Note; "quoted"', width: 10 },
      { header: 'Count', width: 5 },
    ],
    rows: Array.from({ length: rows }, (_, i) => [
      `Компания ${i}`,
      i % 3 === 0 ? `=HYPERLINK("x";${i})` : `line\nbreak; ${i}`,
      i % 5 === 0 ? -i : i,
    ]),
  };
}

describe('CSV in blocks of rows', () => {
  it('is the same text as one papaparse call, across block boundaries and without rows', () => {
    for (const rows of [0, 1, 3999, 4000, 4001, 9001])
      for (const delimiter of [',', ';'] as const)
        expect(tableToCsv(table('people', rows), delimiter)).toBe(
          wholeFile(table('people', rows), delimiter),
        );
  });

  it('zips prospects, people and needs (not drafts) with the same text', () => {
    const tables = [table('prospects', 10), table('people', 8001), table('needs', 0)];
    const files = unzipSync(csvZip([...tables, table('drafts', 2)], ';'));
    expect(Object.keys(files)).toEqual(['prospects.csv', 'people.csv', 'needs.csv']);
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    for (const t of tables) expect(decoder.decode(files[`${t.id}.csv`])).toBe(wholeFile(t, ';'));
  });
});

// Excel opens a double-clicked .csv with the *system* list separator: ";" in ru-RU/de-DE, ","
// in en-US. A file exported with one delimiter is routinely opened where the other one is the
// separator; a cell must then still never start a formula.
describe('CSV opened with the other list separator', () => {
  const oneColumn = (cells: string[]): Table => ({
    id: 'people',
    title: 'P',
    columns: [{ header: 'Notes', width: 10 }],
    rows: cells.map((c) => [c]),
  });

  it.each([
    [',', ';', "ООО Ромашка;=cmd|' /C calc'!A0"],
    [';', ',', "Acme Inc.,=cmd|' /C calc'!A0"],
  ] as const)('written with %j, read with %j: no cell becomes a formula', (written, read, cell) => {
    const csv = tableToCsv(oneColumn([cell]), written).slice(1);
    const cells = Papa.parse<string[]>(csv, { delimiter: read }).data.flat();
    for (const c of cells) expect(c, csv).not.toMatch(/^[=+\-@]/);
  });

  it('a reader that ignores the quotes and splits at either separator still finds no formula', () => {
    const hostile = ['a,=1+1', 'b;+7 900', 'c,-2;@x', 'd;\t=1', 'e,\r=1'];
    for (const written of [',', ';'] as const) {
      const csv = tableToCsv(oneColumn(hostile), written).slice(1);
      for (const piece of csv.replace(/"/g, '').split(/[,;]|\r\n/))
        expect(piece, csv).not.toMatch(/^[=+\-@\t]/);
    }
  });

  it('reads back as written, with an apostrophe only before what would start a formula', () => {
    const cells = ['Acme, Inc.', 'ООО «Ромашка»; Москва', "Acme Inc.,=cmd|' /C calc'!A0", 'a=b'];
    for (const delimiter of [',', ';'] as const) {
      const csv = tableToCsv(oneColumn(cells), delimiter).slice(1);
      expect(Papa.parse<string[]>(csv, { delimiter }).data.slice(1).flat()).toEqual([
        'Acme, Inc.',
        'ООО «Ромашка»; Москва',
        "Acme Inc.,'=cmd|' /C calc'!A0",
        'a=b',
      ]);
    }
  });
});
