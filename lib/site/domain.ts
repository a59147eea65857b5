import { parse } from 'tldts';
import { toASCII, toUnicode } from 'punycode/punycode.js';
import { classifyUrl, type UnsupportedReason } from './url';
import { latinKey } from '../text/translit';

export {
  classifyUrl,
  lookupKeys,
  storableTitle,
  storableUrl,
  stripCredentials,
  type UnsupportedReason,
  type WebPage,
} from './url';

export type SiteIdentity =
  | {
      kind: 'site';
      /** The prospect key: registrable domain in Unicode, or `host:port` for IPs and localhost. */
      key: string;
      /** The same key in ASCII (punycode), safe for matching a URL's hostname. */
      asciiKey: string;
      /** The hostname as the user sees it (Unicode). */
      host: string;
      url: string;
    }
  | { kind: 'unsupported'; reason: UnsupportedReason; url: string };

/** Maximum length of a DNS name; longer "hosts" are not real sites. */
const MAX_HOST_LENGTH = 253;

/**
 * Turns a hostname into the prospect key. `shop.acme.co.uk` and `www.acme.co.uk` → `acme.co.uk`;
 * private suffixes count (`example.com.ru`, `firm.msk.ru` are companies of their own); IDN keys
 * are kept in Unicode; IPs and single-label hosts (localhost) have no registrable domain, so the
 * host with its port is the key.
 */
export function siteKeyFromHost(
  hostname: string,
  port = '',
): { key: string; asciiKey: string; host: string } | null {
  let host = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (!host || host.length > MAX_HOST_LENGTH) return null;
  let ascii: string;
  try {
    ascii = host.includes(':') ? host : toASCII(host);
  } catch {
    return null;
  }
  const parsed = parse(ascii, { allowPrivateDomains: true });
  const portSuffix = port ? `:${port}` : '';
  if (parsed.isIp) {
    const ipHost = ascii.includes(':') ? `[${ascii}]` : ascii;
    return { key: ipHost + portSuffix, asciiKey: ipHost + portSuffix, host: ipHost };
  }
  const unicodeHost = safeToUnicode(ascii);
  if (!parsed.domain) {
    // localhost, intranet names, or a bare public suffix: the host itself is the identity.
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(ascii)) return null;
    return { key: unicodeHost + portSuffix, asciiKey: ascii + portSuffix, host: unicodeHost };
  }
  return { key: safeToUnicode(parsed.domain), asciiKey: parsed.domain, host: unicodeHost };
}

function safeToUnicode(ascii: string): string {
  try {
    return toUnicode(ascii);
  } catch {
    return ascii;
  }
}

/** Classifies a tab URL: a prospect's site, or a page that cannot belong to one (and why). */
export function identifySite(rawUrl: string | undefined | null): SiteIdentity {
  const page = classifyUrl(rawUrl);
  if (page.kind === 'unsupported') return page;
  const site = siteKeyFromHost(page.asciiHost, page.port);
  if (!site) return { kind: 'unsupported', reason: 'invalid', url: page.url };
  return { kind: 'site', ...site, url: page.url };
}

/** Normalises what a user types as an alias domain (`https://www.acme.ru/x` or `acme.ru`). */
export function siteKeyFromUserInput(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  const id = identifySite(withScheme);
  return id.kind === 'site' ? id.key : null;
}

const TITLE_SEPARATORS = /\s+[|–—·•:-]\s+|\s+::\s+|\s*\|\s*/;

/** Words that name a page, not a company: a title segment made of them is never the name. */
const PAGE_WORDS = new Set(
  (
    'home main index about us company contact contacts team our people management news blog careers jobs ' +
    'products services catalog catalogue prices price shop store welcome page official site website to the of and for ' +
    'главная о компании нас контакты команда руководство новости блог вакансии продукция услуги каталог ' +
    'цены прайс магазин официальный сайт добро пожаловать страница реквизиты и в на'
  ).split(' '),
);

/** Letters and digits only, Cyrillic spelled in Latin, `kh`/`ks` folded, for fuzzy name matching. */
function comparable(text: string): string {
  // Both spellings of х, кс and ц occur in domains: fold them.
  return latinKey(text).replace(/kh/g, 'h').replace(/ks/g, 'x').replace(/ts/g, 'c');
}

function isPageWords(segment: string): boolean {
  const words = segment
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => PAGE_WORDS.has(w));
}

/**
 * A readable company name for a site we know nothing about yet, from the tab title: the title
 * segment that spells the domain's name (also across alphabets: "ТехноПром" for tehnoprom.ru),
 * else the shortest segment that is not just a page name ("Contacts", "О компании"), else the
 * domain's name capitalised.
 */
export function siteNameFromTitle(title: string | undefined, key: string): string {
  const label = key.split('.')[0]?.split(':')[0] ?? key;
  const fallback = label ? label.charAt(0).toUpperCase() + label.slice(1) : key;
  const clean = (title ?? '').replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > 300) return fallback;
  const segments = clean
    .split(TITLE_SEPARATORS)
    .map((s) => s.trim())
    .filter(Boolean);
  const needle = comparable(label);
  const mentioning = segments.find((s) => needle.length > 2 && comparable(s).includes(needle));
  if (mentioning) return mentioning;
  const candidates = segments.filter((s) => !isPageWords(s));
  if (candidates.length === 0) return fallback;
  if (candidates.length === 1) return candidates[0]!;
  return [...candidates].sort((a, b) => a.length - b.length)[0]!;
}
