import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvZip, tableToCsv } from './csv';
import { safeCell } from './neutralize';
import type { Table } from './tables';

// The CSV is written a block of rows at a time; the file must be what one papaparse call over
// the whole table gives.
function wholeFile(table: Table, delimiter: ',' | ';'): string {
  return (
    '\uFEFF' +
    Papa.unparse(
      {
        fields: table.columns.map((c) => String(safeCell(c.header))),
        data: table.rows.map((row) => row.map(safeCell)),
      },
      { delimiter, newline: '\r\n', quotes: false, escapeFormulae: false },
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
