import ExcelJS from 'exceljs';
import { safeCell } from './neutralize';
import type { Table } from './tables';

export interface XlsxOptions {
  /** Fixed in tests, so the file's metadata does not change from run to run. */
  created?: Date;
  creator?: string;
  /** Called after each chunk of rows, so a large export can show progress and stay responsive. */
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

const CHUNK = 2000;

/** One workbook, a sheet per table: bold frozen header row, column widths, autofilter. */
export async function tablesToXlsx(
  tables: readonly Table[],
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const created = options.created ?? new Date();
  workbook.created = created;
  workbook.modified = created;
  workbook.creator = options.creator ?? 'DealBrief';
  const total = tables.reduce((n, table) => n + table.rows.length, 0);
  let done = 0;
  for (const table of tables) {
    // Sheet names are at most 31 characters and cannot hold []:*?/\ (Excel's rules).
    const sheet = workbook.addWorksheet(table.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = table.columns.map((c, i) => ({
      header: c.header,
      key: String(i),
      width: c.width,
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: Math.max(1, table.columns.length) },
    };
    for (let start = 0; start < table.rows.length; start += CHUNK) {
      // Strings are written as plain text cells; neutralising them still protects
      // spreadsheet apps that re-evaluate text when a cell is edited or the file is re-saved as CSV.
      sheet.addRows(table.rows.slice(start, start + CHUNK).map((row) => row.map(safeCell)));
      done += Math.min(CHUNK, table.rows.length - start);
      await options.onProgress?.(done, total);
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
