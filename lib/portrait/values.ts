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
import { cutText } from '../text/cut';
import type { FieldSpec } from './templates';

export type FieldValue = PortraitValue['value'];

/** "1 200,5", "1,200.5", "≈ 3 500 м²" → 1200.5 / 3500; undefined when there is no number. */
export function parseNumber(text: string): number | undefined {
  const m = /-?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)*/.exec(text);
  if (!m) return undefined;
  let raw = m[0].replace(/[\s\u00a0\u202f]/g, '');
  const lastSep = Math.max(raw.lastIndexOf(','), raw.lastIndexOf('.'));
  if (lastSep >= 0) {
    const decimals = raw.length - lastSep - 1;
    const seps = raw.match(/[.,]/g)!.length;
    // One separator followed by exactly three digits reads as thousands ("1,200"); else decimal.
    if (seps === 1 && decimals === 3) raw = raw.replace(/[.,]/, '');
    else raw = raw.slice(0, lastSep).replace(/[.,]/g, '') + '.' + raw.slice(lastSep + 1);
  }
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

/** "25.03.2026", "2026-03-25", "25/03/2026" → "2026-03-25"; undefined otherwise. */
export function parseDate(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const dmy = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(text);
  const [y, mo, d] = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : dmy
      ? [dmy[3]!, dmy[2]!.padStart(2, '0'), dmy[1]!.padStart(2, '0')]
      : [];
  if (!y) return undefined;
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${mo}-${d}`;
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

function matchOption(options: readonly string[], text: string): string | undefined {
  const want = text.trim().toLowerCase();
  return options.find((o) => o.toLowerCase() === want);
}

/**
 * The value a field stores for a piece of text. Text that does not fit the type (a number field
 * given words) is kept as text rather than lost: the rep sees it and can fix it. Text longer than
 * a portrait value holds (a whole page selected) is cut to fit, each chosen option too.
 */
export function coerceValue(field: Pick<FieldSpec, 'type' | 'options'>, text: string): FieldValue {
  const value = typedValue(field, text.replace(/\s+/g, ' ').trim());
  if (typeof value === 'string') return cutText(value, MAX_PORTRAIT_TEXT_LENGTH);
  if (Array.isArray(value)) return value.map((part) => cutText(part, MAX_PORTRAIT_CHOICE_LENGTH));
  return value;
}

function typedValue(field: Pick<FieldSpec, 'type' | 'options'>, clean: string): FieldValue {
  switch (field.type) {
    case 'number':
    case 'money':
      return parseNumber(clean) ?? clean;
    case 'date':
      return parseDate(clean) ?? clean;
    case 'url':
      return parseUrl(clean) ?? clean;
    case 'choice':
      return matchOption(field.options ?? [], clean) ?? clean;
    case 'multi_choice':
      return clean
        .split(/[,;\n]/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => matchOption(field.options ?? [], part) ?? part);
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
 * a single field has it replaced. Returns the new field map (the input is not changed).
 */
export function putValue(
  fields: Portrait['fields'],
  field: Pick<FieldSpec, 'key' | 'multiple'>,
  value: PortraitValue,
): Portrait['fields'] {
  if (isEmptyValue(value.value)) return fields;
  const current = fields[field.key] ?? [];
  if (!field.multiple) return { ...fields, [field.key]: [value] };
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
