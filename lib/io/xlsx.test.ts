import { describe, expect, it } from 'vitest';
import { EXCEL_MAX_CELL_TEXT, tablesToXlsx } from './xlsx';
import { readXlsx, unzipText } from './testing';
import type { Table } from './tables';

describe('XLSX cells stay within what Excel opens', () => {
  // A pain captured from a page ("Add to brief ▸ Pain") may hold up to 100,000 characters;
  // Excel reports a workbook with a longer cell than 32,767 as damaged.
  const long = 'Срывы сроков поставки металла. '.repeat(1_500); // 46,500 chars
  const needs: Table = {
    id: 'needs',
    title: 'Needs',
    columns: [{ header: 'Statement', width: 60 }],
    rows: [[long], ['short']],
  };

  it('no cell text is longer than 32,767 characters', async () => {
    const files = unzipText(await tablesToXlsx([needs]));
    const xml = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, text]) => text)
      .join('');
    const texts = [...xml.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]!);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_TEXT);
  });

  it('a longer text is cut at 32,766 characters and marked with "…"; shorter ones stay', async () => {
    const [sheet] = await readXlsx(await tablesToXlsx([needs]));
    const [cut, short] = sheet!.rows.slice(1).map((row) => String(row[0]));
    expect(cut).toBe(`${long.slice(0, EXCEL_MAX_CELL_TEXT - 1)}…`);
    expect(short).toBe('short');
  });
});
