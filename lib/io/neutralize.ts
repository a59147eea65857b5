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
