import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from './csv';
import { needsCsvQuotes, neutralizeCell, safeCell, safeCsvCell } from './neutralize';

describe('spreadsheet formula injection', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+7 900 000-00-00', "'+7 900 000-00-00"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', "'\r=1"],
    ['=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'],
  ])('neutralises %j', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });

  it.each(['ООО «ТехноПром»', 'a=b', ' =not first', '', 'tehnoprom.ru'])(
    'leaves %j alone',
    (input) => {
      expect(neutralizeCell(input)).toBe(input);
    },
  );

  it.each([
    ["Acme Inc.,=cmd|' /C calc'!A0", "Acme Inc.,'=cmd|' /C calc'!A0"],
    ['ООО Ромашка;+7 900', "ООО Ромашка;'+7 900"],
    ['=1;-2,@3', "'=1;'-2,'@3"],
    ['a;\tb', "a;'\tb"],
  ])('in CSV, also after a list separator: %j', (input, expected) => {
    expect(safeCsvCell(input)).toBe(expected);
  });

  it.each(['Acme, Inc.', 'a;b', '1,5 = 3/2', 'x , y', 'ivanov@x.ru; +7 495'])(
    'in CSV, leaves %j alone',
    (input) => {
      expect(safeCsvCell(input)).toBe(input);
    },
  );

  it('quotes text with either list separator in CSV, not numbers', () => {
    expect([
      needsCsvQuotes('a,b'),
      needsCsvQuotes('a;b'),
      needsCsvQuotes('ab'),
      needsCsvQuotes(1.5),
    ]).toEqual([true, true, false, false]);
    expect(safeCsvCell(-5)).toBe(-5);
  });

  it('keeps numbers as numbers, negative ones too', () => {
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(Number.NaN)).toBe('NaN');
    expect(safeCell(undefined)).toBe('');
  });

  it('a CSV read back has every dangerous cell starting with an apostrophe, quoting intact', () => {
    const hostile = [
      "=cmd|' /C calc'!A0",
      '+1',
      '-1',
      '@x',
      '\tx',
      '\rx',
      'a;b',
      'line\nbreak',
      '"quoted"',
    ];
    const csv = tableToCsv(
      {
        id: 'prospects',
        title: 'P',
        columns: [{ header: '=H', width: 5 }],
        rows: hostile.map((h) => [h]),
      },
      ';',
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    expect(parsed[0]).toEqual(["'=H"]);
    const cells = parsed.slice(1).map((r) => r[0]!);
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells.slice(6)).toEqual(['a;b', 'line\nbreak', '"quoted"']);
  });
});
