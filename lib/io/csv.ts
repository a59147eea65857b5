import Papa from 'papaparse';
import { strToU8, zipSync } from 'fflate';
import { safeCell } from './neutralize';
import type { Table } from './tables';

export type CsvDelimiter = ',' | ';';

/** Excel opens a UTF-8 file as UTF-8 only when it starts with the byte-order mark. */
const BOM = '\uFEFF';

/** One table as CSV: header row, every cell neutralised, CRLF line ends, quoted where needed. */
export function tableToCsv(table: Table, delimiter: CsvDelimiter): string {
  const fields = table.columns.map((c) => String(safeCell(c.header)));
  const data = table.rows.map((row) => row.map(safeCell));
  return (
    BOM +
    Papa.unparse(
      { fields, data },
      { delimiter, newline: '\r\n', quotes: false, escapeFormulae: false },
    )
  );
}

/** Prospects, people and needs as separate CSV files in one zip. */
export function csvZip(
  tables: readonly Table[],
  delimiter: CsvDelimiter,
  mtime?: Date,
): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime?: Date }]> = {};
  for (const table of tables) {
    if (table.id === 'drafts') continue;
    files[`${table.id}.csv`] = [strToU8(tableToCsv(table, delimiter)), mtime ? { mtime } : {}];
  }
  return zipSync(files, { level: 6 });
}
