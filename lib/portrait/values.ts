// Turning text (typed, captured from a selection, or found by the scanner) into a field's value,
// and field values back into text. Pure; the panel, the context menu and the tests share it.
import {
  MAX_PORTRAIT_CHOICE_LENGTH,
  MAX_PORTRAIT_TEXT_LENGTH,
  newId,
  type Evidence,
  type Portrait,
  type PortraitValue,
} from '../model';
import { createTranslator } from '../i18n';
import { cutText } from '../text/cut';
import { optionLabel } from './labels';
import type { FieldSpec } from './templates';

export type FieldValue = PortraitValue['value'];

/**
 * A number as written: digits, then digits joined by a space (before exactly three), a point,
 * a comma or an apostrophe. Which of those group thousands and which marks the decimals is
 * decided in `readDigits`.
 */
const NUMBER_TOKEN = /([-−]?)(\d(?:\d|[.,'’](?=\d)|[\s\u00a0\u202f](?=\d{3}(?!\d)))*)/u;

/** How a magnitude word multiplies: "тыс." 3, "млн" 6, "bn" 9 (a power of ten). */
const MAGNITUDES: ReadonlyArray<[RegExp, number]> = [
  [/^\s*(?:тыс(?:\.|яч[аиуь]?)?|thousands?|k)(?!\p{L})/iu, 3],
  [/^\s*(?:млн\.?|миллион(?:а|ов)?|mln|millions?)(?!\p{L})|^m(?![\p{L}\d²³])/iu, 6],
  [/^\s*(?:млрд\.?|миллиард(?:а|ов)?|bn|billions?)(?!\p{L})/iu, 9],
];

interface Digits {
  whole: string;
  fraction: string;
  /** "1,200": read as thousands, though it could be 1.2 written with three places. */
  threePlaces?: boolean;
}

/** "1 234,5" → 1234 and 5; null when the separators do not say which is which ("1.2.3"). */
function readDigits(token: string): Digits | null {
  const runs = token.split(/\D/u);
  const seps = token
    .replace(/\d+/gu, '')
    .replace(/[\s\u00a0\u202f]/gu, ' ')
    .replace(/’/gu, "'");
  if (!seps) return { whole: token, fraction: '' };
  const last = seps[seps.length - 1]!;
  const decimalMark = last === '.' || last === ',';
  /** Runs 1…to-1 are thousands groups, after a first run of one to three digits. */
  const grouped = (to: number) =>
    runs[0]!.length <= 3 && runs.slice(1, to).every((r) => r.length === 3);
  if (seps.length === 1 && decimalMark) {
    // "1,200" reads as thousands (a figure with three decimal places is rare), while "0,125",
    // "1234,567" and "12,5" are decimals.
    if (runs[0] !== '0' && grouped(2))
      return { whole: runs.join(''), fraction: '', threePlaces: true };
    return { whole: runs[0]!, fraction: runs[1]! };
  }
  const group = seps[0]!;
  if (![...seps.slice(0, -1)].every((c) => c === group)) return null;
  // "1,250,000", "1.234.567", "1 234 567", "1'234": one separator throughout – thousands.
  if (last === group) return grouped(runs.length) ? { whole: runs.join(''), fraction: '' } : null;
  // "1.234,5", "1,234.56", "1 234,5": thousands, then a different decimal mark.
  if (!decimalMark || !grouped(runs.length - 1)) return null;
  return { whole: runs.slice(0, -1).join(''), fraction: runs[runs.length - 1]! };
}

/**
 * The first number in a text: "1 200,5", "1,200.5", "1.234.567", "≈ 3 500 м²", "12,5 млн",
 * "$5m", "2 тыс." → 1200.5, 1200.5, 1234567, 3500, 12500000, 5000000, 2000. Undefined when
 * there is no number, or when it reads two ways ("1,250 млн": 1.25 or 1250 million? "1.2.3"):
 * the caller keeps such text as text.
 */
export function parseNumber(text: string): number | undefined {
  const m = NUMBER_TOKEN.exec(text);
  if (!m) return undefined;
  const digits = readDigits(m[2]!);
  if (!digits) return undefined;
  const rest = text.slice(m.index + m[0].length);
  const power = MAGNITUDES.find(([re]) => re.test(rest))?.[1] ?? 0;
  // A decimal comma in Russian, thousands in English: with a magnitude word either is likely.
  if (power && digits.threePlaces) return undefined;
  const sign = m[1] ? '-' : '';
  const n = Number(`${sign}${digits.whole}.${digits.fraction || '0'}e${power}`);
  return Number.isFinite(n) ? n : undefined;
}

/** Month names as pages write them, in full (an abbreviation is a prefix of one of these). */
const MONTHS: readonly (readonly string[])[] = [
  ['январь', 'января', 'january'],
  ['февраль', 'февраля', 'february'],
  ['март', 'марта', 'march'],
  ['апрель', 'апреля', 'april'],
  ['май', 'мая', 'may'],
  ['июнь', 'июня', 'june'],
  ['июль', 'июля', 'july'],
  ['август', 'августа', 'august'],
  ['сентябрь', 'сентября', 'september'],
  ['октябрь', 'октября', 'october'],
  ['ноябрь', 'ноября', 'november'],
  ['декабрь', 'декабря', 'december'],
];

/** 1–12 for a month name or its abbreviation of three letters or more ("мар.", "Sept"). */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((forms) => forms.some((f) => f.startsWith(w)));
  return i < 0 ? undefined : i + 1;
}

function isoDate(y: number, mo: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${pad(mo)}-${pad(d)}`;
}

const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;
const NUMERIC = /(?<!\d)(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/u;
const DAY_MONTH = /(?<![\p{L}\d])(\d{1,2})\s+(\p{L}{3,}\.?)\s+(\d{4})(?!\d)/u;
const MONTH_DAY = /(?<![\p{L}\d])(\p{L}{3,}\.?)\s+(\d{1,2}),?\s+(\d{4})(?!\d)/u;

/**
 * A date as pages write it, as "YYYY-MM-DD": "2026-03-25", "25.03.2026", "25/03/2026",
 * "3/25/2026", "1 марта 2026 г.", "March 1, 2026", "1 Mar 2026". Undefined when there is none,
 * when it does not exist (31.02), or when it reads two ways ("03/04/2026": March 4 or 3 April?).
 */
export function parseDate(text: string): string | undefined {
  const iso = ISO.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const num = NUMERIC.exec(text);
  if (num) {
    const [a, b, y] = [Number(num[1]), Number(num[3]), Number(num[4])];
    // Dots are day first (Russian, German). Slashes: day first unless only month first can be.
    if (num[2] === '.' || a > 12) return isoDate(y, b, a);
    if (b > 12) return isoDate(y, a, b);
    return a === b ? isoDate(y, a, b) : undefined;
  }
  const dm = DAY_MONTH.exec(text);
  const dmMonth = dm ? monthNumber(dm[2]!) : undefined;
  if (dm && dmMonth) return isoDate(Number(dm[3]), dmMonth, Number(dm[1]));
  const md = MONTH_DAY.exec(text);
  const mdMonth = md ? monthNumber(md[1]!) : undefined;
  if (md && mdMonth) return isoDate(Number(md[3]), mdMonth, Number(md[2]));
  return undefined;
}

/** A web address as typed or captured: adds https:// to bare domains; undefined if not a URL. */
export function parseUrl(text: string): string | undefined {
  const trimmed = text.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.')) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** Option labels are matched in both interface languages, whichever the page or rep uses. */
const TRANSLATORS = (['en', 'ru'] as const).map(createTranslator);

const optionKey = (text: string) =>
  text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

/** The option a text names: the option itself, or (built-in fields) its label in either language. */
function matchOption(
  field: Pick<FieldSpec, 'options'> & Partial<Pick<FieldSpec, 'key' | 'builtIn'>>,
  text: string,
): string | undefined {
  const options = field.options ?? [];
  const want = optionKey(text);
  const named = (o: string) =>
    optionKey(o) === want ||
    (field.builtIn === true &&
      field.key !== undefined &&
      TRANSLATORS.some(
        (t) => optionKey(optionLabel(t, { key: field.key!, builtIn: true }, o)) === want,
      ));
  return options.find(named);
}

/** What coercing needs of a field: its type and options (and, for built-ins, its key). */
type CoercedField = Pick<FieldSpec, 'type' | 'options'> &
  Partial<Pick<FieldSpec, 'key' | 'builtIn'>>;

/**
 * The value a field stores for a piece of text. Text that does not fit the type (a number field
 * given words) is kept as text rather than lost: the rep sees it and can fix it. Text longer than
 * a portrait value holds (a whole page selected) is cut to fit, each chosen option too.
 */
export function coerceValue(field: CoercedField, text: string): FieldValue {
  const value = typedValue(field, text.replace(/\s+/g, ' ').trim());
  if (typeof value === 'string') return cutText(value, MAX_PORTRAIT_TEXT_LENGTH);
  if (Array.isArray(value)) return value.map((part) => cutText(part, MAX_PORTRAIT_CHOICE_LENGTH));
  return value;
}

function typedValue(field: CoercedField, clean: string): FieldValue {
  switch (field.type) {
    case 'number':
    case 'money':
      return parseNumber(clean) ?? clean;
    case 'date':
      return parseDate(clean) ?? clean;
    case 'url':
      return parseUrl(clean) ?? clean;
    case 'choice':
      return matchOption(field, clean) ?? clean;
    case 'multi_choice':
      return clean
        .split(/[,;\n]/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => matchOption(field, part) ?? part);
    default:
      return clean;
  }
}

/** True when the value says nothing (empty text, empty list). */
export function isEmptyValue(value: FieldValue): boolean {
  if (typeof value === 'number') return false;
  if (Array.isArray(value)) return value.length === 0;
  return value.trim() === '';
}

/** Plain text of a value (lists joined), for display and comparison. */
export function valueText(value: FieldValue): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Comparison key: case, spaces and punctuation do not make two values different. */
export function valueKey(field: string, value: FieldValue): string {
  const text = valueText(value).toLowerCase();
  if (field === 'phones') return text.replace(/\D/g, '').replace(/^8(?=\d{10})/, '7');
  if (field === 'socials' || field === 'emails') return text.trim().replace(/\/+$/, '');
  return text.replace(/[\s\-–—()«»"'.,;:!]+/g, '');
}

export function makeValue(value: FieldValue, evidence?: Evidence): PortraitValue {
  return evidence ? { id: newId(), value, evidence } : { id: newId(), value };
}

/**
 * Stores a value into a field: a list field gets it appended (unless an equal value is there),
 * a multi-choice field adds the chosen options to those already ticked, another single field has
 * it replaced. Returns the new field map (the input is not changed).
 */
export function putValue(
  fields: Portrait['fields'],
  field: Pick<FieldSpec, 'key' | 'multiple'> & Partial<Pick<FieldSpec, 'type'>>,
  value: PortraitValue,
): Portrait['fields'] {
  if (isEmptyValue(value.value)) return fields;
  const current = fields[field.key] ?? [];
  if (!field.multiple) {
    const held = current[0];
    if (field.type !== 'multi_choice' || !held) return { ...fields, [field.key]: [value] };
    const chosen = Array.isArray(held.value) ? held.value : [valueText(held.value)];
    const added = Array.isArray(value.value) ? value.value : [valueText(value.value)];
    const union = [...chosen];
    const seen = new Set(chosen.map((o) => o.toLowerCase()));
    for (const o of added) {
      if (seen.has(o.toLowerCase())) continue;
      seen.add(o.toLowerCase());
      union.push(o);
    }
    // The capture's evidence goes with it; the value stays the same record.
    return { ...fields, [field.key]: [{ ...value, id: held.id, value: union }] };
  }
  const key = valueKey(field.key, value.value);
  if (current.some((v) => valueKey(field.key, v.value) === key)) return fields;
  return { ...fields, [field.key]: [...current, value] };
}

// --- Share of wallet ---------------------------------------------------------------------

/**
 * What part of the client's potential in our categories it buys from us, in percent (0–100,
 * one decimal). Undefined when either figure is missing or the potential is zero. A current
 * volume above the potential means the potential was under-estimated: capped at 100.
 */
export function shareOfWallet(
  current: number | undefined,
  potential: number | undefined,
): number | undefined {
  if (current === undefined || potential === undefined || !(potential > 0)) return undefined;
  if (!(current >= 0)) return undefined;
  return Math.min(100, Math.round((current / potential) * 1000) / 10);
}

/** What is left to win: potential minus current, never negative. */
export function headroom(current: number | undefined, potential: number | undefined) {
  if (current === undefined || potential === undefined) return undefined;
  return Math.max(0, potential - current);
}
