import writeXlsxFile, { type Feature, type Row, type Sheet } from 'write-excel-file/browser';
import { sanitizeTextContent } from 'write-excel-file/utility';
import { cutText } from '../text/cut';
import { safeCell } from './neutralize';
import type { Table } from './tables';

export interface XlsxOptions {
  /** Called before and after the workbook is written (the writer runs in one go). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

type FileContent = Blob | ArrayBuffer;

/**
 * Excel holds at most 32,767 characters in a cell; a longer text makes it report the workbook as
 * damaged and "repair" it. A pain captured from a page may hold 100,000.
 */
export const EXCEL_MAX_CELL_TEXT = 32_767;

/** A cell as `safeCell` makes it, its text cut to what Excel holds (the cut marked with "…"). */
function excelCell(value: unknown): string | number {
  const cell = safeCell(value);
  return typeof cell === 'string' ? cutText(cell, EXCEL_MAX_CELL_TEXT) : cell;
}

/** Sheet names are at most 31 characters and cannot hold []:*?/\ (Excel's rules). */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/** "A", …, "Z", "AA", …: the letters of a column (1-based). */
function columnLetters(n: number): string {
  let out = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26))
    out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

/**
 * An autofilter on each sheet's header row (write-excel-file has no option for it): the
 * `<autoFilter>` element right after the rows, where the format wants it, and the hidden
 * `_xlnm._FilterDatabase` name Excel itself writes for every filtered sheet.
 */
function autoFilter(tables: readonly Table[]): Feature<FileContent> {
  const last = (t: Table) => columnLetters(Math.max(1, t.columns.length));
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, _options, { sheetIndex }) => {
            const table = tables[sheetIndex];
            const end = xml.lastIndexOf('</sheetData>');
            if (!table || end < 0) return xml;
            const at = end + '</sheetData>'.length;
            return `${xml.slice(0, at)}<autoFilter ref="A1:${last(table)}1"/>${xml.slice(at)}`;
          },
        },
        'xl/workbook.xml': {
          transform: (xml) => {
            const names = tables
              .map((t, i) => {
                const sheet = sanitizeTextContent(sheetName(t.title).replace(/'/g, "''"));
                return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${sheet}'!$A$1:$${last(t)}$1</definedName>`;
              })
              .join('');
            return xml.replace('<definedNames/>', () => `<definedNames>${names}</definedNames>`);
          },
        },
      },
    },
  };
}

/** One workbook, a sheet per table: bold frozen header row, column widths, autofilter. */
export async function tablesToXlsx(
  tables: readonly Table[],
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const total = tables.reduce((n, table) => n + table.rows.length, 0);
  await options.onProgress?.(0, total);
  const sheets: Sheet<FileContent>[] = tables.map((table) => {
    const data = new Array<Row>(table.rows.length + 1);
    data[0] = table.columns.map((c) => ({ value: String(safeCell(c.header)), fontWeight: 'bold' }));
    // Plain loops: these run for every one of a couple of million cells. Strings are written as
    // text cells; neutralising them still protects spreadsheet apps that re-evaluate text when a
    // cell is edited or the file is re-saved as CSV. Empty text is an empty cell.
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r]!;
      const cells = new Array<string | number>(row.length);
      for (let c = 0; c < row.length; c++) cells[c] = excelCell(row[c]);
      data[r + 1] = cells;
    }
    return {
      data,
      sheet: sheetName(table.title),
      columns: table.columns.map((c) => ({ width: c.width })),
      stickyRowsCount: 1,
    };
  });
  const blob = await writeXlsxFile(sheets, { features: [autoFilter(tables)] }).toBlob();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  await options.onProgress?.(total, total);
  return bytes;
}
