/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula (and tab or CR can
 * hide one), so a value copied from a hostile page could run when the manager opens the file
 * (OWASP "CSV injection"). Such values get a leading apostrophe: shown as text, never evaluated.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: string): string {
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}

/** Any cell value as safe text: numbers stay numbers, everything else is neutralised text. */
export function safeCell(value: unknown): string | number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value === undefined || value === null) return '';
  return neutralizeCell(String(value));
}

/** Both list separators: Excel splits a CSV at the system's one (";" in ru-RU, "," in en-US). */
const LIST_SEPARATOR = /[,;]/;
/**
 * A list separator right before what would start a formula in the cell it opens. With a space
 * between them ("ivanov@x.ru; +7 495…", tags joined with ", ") the cell would start with the
 * space, which no spreadsheet evaluates: the same rule as at a cell's start (`neutralizeCell`).
 */
const SEPARATOR_BEFORE_FORMULA = /([,;])(?=[=+\-@\t\r])/g;

/**
 * A CSV cell that stays safe when the file is opened with the other list separator: the reader
 * splits the text at it, so every separator that would open a formula gets the same apostrophe
 * as a cell's start ("Acme Inc.,=cmd…" → "Acme Inc.,'=cmd…").
 */
export function safeCsvCell(value: unknown): string | number {
  const cell = safeCell(value);
  return typeof cell === 'string' ? cell.replace(SEPARATOR_BEFORE_FORMULA, "$1'") : cell;
}

/** Text with either list separator is quoted whatever the file's delimiter, so no reader splits it. */
export function needsCsvQuotes(value: unknown): boolean {
  return typeof value === 'string' && LIST_SEPARATOR.test(value);
}
