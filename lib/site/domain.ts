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
      /**
       * The prospect key: registrable domain in Unicode; a public suffix that is a site itself
       * (`spb.ru`, `carrd.co`); or `host:port` for IPs and localhost.
       */
      key: string;
      /** The same key in ASCII (punycode), safe for matching a URL's hostname. */
      asciiKey: string;
      /** The hostname as the user sees it (Unicode). */
      host: string;
      url: string;
      /** Set when the key is a public suffix: it stands for that site alone, never the sites under it. */
      publicSuffix?: true;
    }
  | { kind: 'unsupported'; reason: UnsupportedReason; url: string };

/** Maximum length of a DNS name; longer "hosts" are not real sites. */
const MAX_HOST_LENGTH = 253;

type SiteKey = { key: string; asciiKey: string; host: string; publicSuffix?: true };

/**
 * Turns a hostname into the prospect key. `shop.acme.co.uk` and `www.acme.co.uk` → `acme.co.uk`;
 * private suffixes count (`example.com.ru`, `firm.msk.ru` are companies of their own); IDN keys
 * are kept in Unicode; IPs and single-label hosts (localhost) have no registrable domain, so the
 * host with its port is the key.
 *
 * A host that is itself a public suffix (`spb.ru`, `carrd.co`, `github.io` – a city portal or a
 * site builder researched as a prospect) is its own key, like a registrable domain (no port),
 * and so is `www.` in front of it (`www.carrd.co` is `carrd.co`). Such a key stands for that
 * one site: the sites under it (`stroymash.spb.ru`, `bakery.carrd.co`) are companies of their
 * own, with keys of their own – the panel's lookup (`findProspectForPage`) keeps to that.
 */
export function siteKeyFromHost(hostname: string, port = ''): SiteKey | null {
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
  const suffix = parsed.publicSuffix;
  const listed = parsed.isIcann === true || parsed.isPrivate === true;
  if (!parsed.domain) {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(ascii)) return null;
    // A bare public suffix of two labels or more: that site, not the ones under it.
    if (listed && suffix === ascii && ascii.includes('.'))
      return { key: unicodeHost, asciiKey: ascii, host: unicodeHost, publicSuffix: true };
    // localhost, intranet names (and a top-level domain as a host): the host itself, with port.
    return { key: unicodeHost + portSuffix, asciiKey: ascii + portSuffix, host: unicodeHost };
  }
  if (listed && suffix?.includes('.') && parsed.domain === `www.${suffix}`)
    return { key: safeToUnicode(suffix), asciiKey: suffix, host: unicodeHost, publicSuffix: true };
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

export type AliasInput =
  | { ok: true; key: string }
  | { ok: false; problem: 'invalid' }
  /** A public suffix (`co.uk`, `github.io`): as an alias it is almost always a slip. */
  | { ok: false; problem: 'public_suffix'; key: string };

/**
 * Normalises what a user types as an alias domain (`https://www.acme.ru/x` or `acme.ru`). A
 * bare public suffix is refused: the rep meant the company's own domain under it. Without a
 * scheme, a default port is the default port of its scheme (`10.0.0.5:80` is the site the tab
 * `http://10.0.0.5/` shows, keyed `10.0.0.5`).
 */
export function aliasFromUserInput(input: string): AliasInput {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'invalid' };
  let withScheme = text;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    withScheme = `http://${text}`;
    if (classifyUrl(withScheme).kind === 'web' && new URL(withScheme).port === '443')
      withScheme = `https://${text}`;
  }
  const id = identifySite(withScheme);
  if (id.kind !== 'site') return { ok: false, problem: 'invalid' };
  if (id.publicSuffix || isTopLevelDomain(id.asciiKey))
    return { ok: false, problem: 'public_suffix', key: id.key };
  return { ok: true, key: id.key };
}

/** `com`, `ru` (with or without a port): a top-level domain typed as if it were a site. */
function isTopLevelDomain(asciiKey: string): boolean {
  const host = asciiKey.replace(/:\d+$/, '');
  if (host.includes('.') || host.includes(':')) return false;
  const parsed = parse(host, { allowPrivateDomains: true });
  return parsed.publicSuffix === host && (parsed.isIcann === true || parsed.isPrivate === true);
}

/** The key of an alias as typed, or null when it is not a website or is a public suffix. */
export function siteKeyFromUserInput(input: string): string | null {
  const alias = aliasFromUserInput(input);
  return alias.ok ? alias.key : null;
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
