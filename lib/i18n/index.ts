import { en, ru } from '../../locales';
import type { Language } from '../model';
import type { UiLanguage } from '../model/settings';

type PluralForms = { one: string; few?: string; many?: string; other: string };
type Messages = Record<string, string | PluralForms>;

export const LOCALES = { en, ru } as const satisfies Record<Language, Messages>;
export type MessageKey = keyof typeof en;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** `auto` follows the browser: Russian for any ru* locale, English otherwise. */
export function resolveLanguage(
  setting: UiLanguage,
  browserLanguage: string | undefined,
): Language {
  if (setting !== 'auto') return setting;
  return (browserLanguage ?? '').toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

function interpolate(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translator for one language. Plural messages pick their form by `params.count`. */
export function createTranslator(lang: Language): Translate {
  const messages: Messages = LOCALES[lang];
  const plurals = new Intl.PluralRules(lang);
  return (key, params) => {
    const entry = messages[key] ?? (en as Messages)[key];
    if (entry === undefined) return key;
    if (typeof entry === 'string') return interpolate(entry, params);
    const count = Number(params?.count ?? 0);
    const form = plurals.select(count) as keyof PluralForms;
    return interpolate(entry[form] ?? entry.other, params);
  };
}

/** Relative time for "updated 5 minutes ago", in the UI language. */
export function formatRelativeTime(lang: Language, at: number, now = Date.now()): string {
  const seconds = Math.round((at - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 45) return createTranslator(lang)('time.justNow');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (abs < 86_400 * 30) return rtf.format(Math.round(seconds / 86_400), 'day');
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(at);
}

export function formatDateTime(lang: Language, at: number): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
