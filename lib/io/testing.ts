// Helpers for the io tests: the fixture bundle, golden files, and reading exported files back.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { expect } from 'vitest';
import { parseBundle } from './parseBundle';
import type { Bundle } from './bundle';

export const FIXTURES = join(__dirname, '../../test/fixtures/io');

export function fixtureBundle(): Bundle {
  const parsed = parseBundle(readFileSync(join(FIXTURES, 'bundle.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`fixture bundle: ${JSON.stringify(parsed.problem)}`);
  return parsed.bundle;
}

/** Compares with the checked-in file; `UPDATE_GOLDEN=1` rewrites it instead. */
export function expectGolden(name: string, actual: string): void {
  const path = join(FIXTURES, 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path))
    throw new Error(`No golden file ${path}; run with UPDATE_GOLDEN=1 to create it`);
  expect(actual, name).toBe(readFileSync(path, 'utf8'));
}

export function unzipText(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  // The byte-order mark is part of what is checked, so the decoder must not swallow it.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]),
  );
}

/** A workbook's content as plain data: sheets, frozen panes, widths and cell values. */
export async function readXlsx(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    views: sheet.views.map((v) => ({ state: v.state, ySplit: (v as { ySplit?: number }).ySplit })),
    widths: sheet.columns.map((c) => c.width),
    // Every header cell bold (what the spreadsheet shows; a row's own style covers only new cells).
    headerBold: sheet.getRow(1).cellCount > 0 && allCells(sheet.getRow(1), (c) => !!c.font?.bold),
    rows: sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (Array.isArray(row) ? row.slice(1) : [])),
  }));
}

function allCells(row: ExcelJS.Row, test: (cell: ExcelJS.Cell) => boolean): boolean {
  let all = true;
  row.eachCell((cell) => {
    all &&= test(cell);
  });
  return all;
}

/** The paragraphs of a .docx as text, in order. */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = unzipText(bytes)['word/document.xml'] ?? '';
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    unescape([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
}
