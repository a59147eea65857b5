// Default country for numbers written without a country code ("8 (495) …", "(312) 867-0110").
import type { CountryCode } from 'libphonenumber-js/min';

const TLD_REGION: Record<string, CountryCode> = {
  ru: 'RU',
  'xn--p1ai': 'RU',
  рф: 'RU',
  su: 'RU',
  by: 'BY',
  kz: 'KZ',
  ua: 'UA',
  uz: 'UZ',
  am: 'AM',
  ge: 'GE',
  uk: 'GB',
  au: 'AU',
  ca: 'CA',
  nz: 'NZ',
  ie: 'IE',
  de: 'DE',
  fr: 'FR',
  us: 'US',
  in: 'IN',
  za: 'ZA',
};
const GENERIC_TLDS = new Set(['com', 'net', 'org', 'biz', 'info', 'us', 'co', 'io']);
const LANG_REGION: Record<string, CountryCode> = {
  ru: 'RU',
  be: 'BY',
  kk: 'KZ',
  uk: 'UA',
  de: 'DE',
  fr: 'FR',
  en: 'US',
};

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Region precedence: an explicit region subtag of the language ("en-GB") is the author's own
 * statement; then a country-code TLD; then the bare language; then US for generic TLDs.
 */
export function defaultRegion(url: string, lang: string | undefined): CountryCode {
  const tag = (lang ?? '').trim().replace('_', '-');
  const sub = /^[a-z]{2,3}-([a-z]{2})\b/i.exec(tag)?.[1]?.toUpperCase();
  if (sub) return (sub === 'UK' ? 'GB' : sub) as CountryCode;
  const host = hostOf(url);
  const tld = host.split('.').pop() ?? '';
  const byTld = TLD_REGION[tld];
  if (byTld && !GENERIC_TLDS.has(tld)) return byTld;
  const base = /^([a-z]{2})/i.exec(tag)?.[1]?.toLowerCase();
  if (base && LANG_REGION[base]) return LANG_REGION[base];
  return 'US';
}

export function pageLang(doc: Document, lang: string | undefined): string | undefined {
  if (lang) return lang;
  const l =
    doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  return l ? l.trim() : undefined;
}
