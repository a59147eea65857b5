import { toUnicode } from 'punycode/punycode.js';
import { MAX_PAGE_TITLE_LENGTH, MAX_URL_LENGTH } from '../model/limits';
import { cutText } from '../text/cut';

// URL classification and lookup keys without the public-suffix list: the panel uses this on its
// first paint, and loads the list (tldts, ~50 KB gzipped) only when a site is not known yet.

/** Why a page cannot belong to a prospect; each has its own message in the panel. */
export type UnsupportedReason =
  | 'browser_page' // chrome://, edge://, about:, the new tab page, view-source:
  | 'extension_page'
  | 'local_file'
  | 'pdf'
  | 'web_store'
  | 'protected_page' // a site the browser keeps extensions off (Firefox's restricted domains)
  | 'no_url'
  | 'invalid';

const BROWSER_SCHEMES = new Set([
  'chrome:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'view-source:',
  'devtools:',
  'chrome-search:',
  'chrome-untrusted:',
  'data:',
  'blob:',
  'javascript:',
]);
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:']);
const WEB_STORE_HOSTS = new Set([
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
]);
/**
 * Firefox keeps extensions off these sites (the default of `extensions.webextensions.
 * restrictedDomains`, besides addons.mozilla.org, a store above): no selection can be read and
 * no page scanned there, so they get a clear note rather than a capture that fails.
 */
const PROTECTED_HOSTS = new Set([
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

export type WebPage =
  | {
      kind: 'web';
      /** As stored with evidence (`storableUrl`): no credentials, fragment and query kept if it fits. */
      url: string;
      /** Lower-case ASCII (punycode) host name, IPv6 without brackets. */
      asciiHost: string;
      port: string;
    }
  | { kind: 'unsupported'; reason: UnsupportedReason; url: string };

/** Sorts a URL into a web page that may belong to a prospect, or a page that cannot (and why). */
export function classifyUrl(rawUrl: string | undefined | null): WebPage {
  const url = rawUrl ?? '';
  if (!url) return { kind: 'unsupported', reason: 'no_url', url };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unsupported', reason: 'invalid', url };
  }
  const scheme = parsed.protocol;
  if (BROWSER_SCHEMES.has(scheme)) return { kind: 'unsupported', reason: 'browser_page', url };
  if (EXTENSION_SCHEMES.has(scheme)) return { kind: 'unsupported', reason: 'extension_page', url };
  if (scheme === 'file:') return { kind: 'unsupported', reason: 'local_file', url };
  if (scheme !== 'http:' && scheme !== 'https:')
    return { kind: 'unsupported', reason: 'browser_page', url };
  const hostname = parsed.hostname.replace(/\.$/, '');
  if (
    WEB_STORE_HOSTS.has(hostname) ||
    (hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore'))
  ) {
    return { kind: 'unsupported', reason: 'web_store', url };
  }
  if (PROTECTED_HOSTS.has(hostname)) return { kind: 'unsupported', reason: 'protected_page', url };
  // Chrome shows PDFs in its viewer under the document's own URL; the viewer is not the page.
  if (/\.pdf$/i.test(parsed.pathname)) return { kind: 'unsupported', reason: 'pdf', url };
  if (!hostname) return { kind: 'unsupported', reason: 'invalid', url };
  const asciiHost = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  return { kind: 'web', url: storableUrl(parsed), asciiHost, port: parsed.port };
}

/** URLs we store never keep user:password@ (they would leak into exports). */
export function stripCredentials(url: URL): string {
  if (!url.username && !url.password) return url.href;
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}

/**
 * A page's address as evidence, a clip's source or a scanned page keeps it: without credentials,
 * and within the model's limit. The fragment and query are part of the evidence, but a single-page
 * app can carry kilobytes of state in them: a longer address drops its fragment, then its query,
 * and only then is cut. Every path that stores a page's address goes through here.
 */
export function storableUrl(url: URL | string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return String(url).slice(0, MAX_URL_LENGTH);
  }
  let href = stripCredentials(parsed);
  if (href.length <= MAX_URL_LENGTH) return href;
  const shorter = new URL(href);
  shorter.hash = '';
  if (shorter.href.length > MAX_URL_LENGTH) shorter.search = '';
  href = shorter.href;
  return href.length > MAX_URL_LENGTH ? href.slice(0, MAX_URL_LENGTH) : href;
}

/** A page's title as stored with what was captured from it, within the model's limit. */
export function storableTitle(title: string): string {
  return cutText(title, MAX_PAGE_TITLE_LENGTH);
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** A page that may belong to a prospect. */
export type WebSitePage = Extract<WebPage, { kind: 'web' }>;

/**
 * Every key a prospect of this host could be stored under, longest first: the host with its
 * port for IPs and single-label hosts, else each parent domain of two or more labels, in Unicode.
 * The site's own key (`identifySite`) is always one of them; a stored key that matches is the
 * site's own when `isSureLookupKey` says so, and otherwise only the public-suffix list can tell
 * (see `findProspectForPage` in lib/db/prospects.ts).
 */
export function lookupKeys(page: WebSitePage): string[] {
  const host = page.asciiHost;
  const portSuffix = page.port ? `:${page.port}` : '';
  if (host.includes(':')) return [`[${host}]${portSuffix}`];
  const labels = host.split('.');
  if (IPV4.test(host) || labels.length < 2)
    return [host + portSuffix, safeToUnicode(host) + portSuffix];
  const keys: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) keys.push(safeToUnicode(labels.slice(i).join('.')));
  return keys;
}

/**
 * Whether a prospect stored under `key`, one of `lookupKeys(page)`, is certainly this page's
 * site, without the public-suffix list: the host itself, or the domain behind a leading `www.`
 * (keys are always what `identifySite` gives, and `www.` is never a company of its own). Any
 * other parent domain may be a public suffix with companies of their own under it (`spb.ru`
 * for `stroymash.spb.ru`), or have one in between (`amazonaws.com` for
 * `bucket.s3.amazonaws.com`); a host key starting with `www.` may be one kept from before
 * `www.` in front of a public suffix became that suffix's site.
 */
export function isSureLookupKey(page: WebSitePage, key: string): boolean {
  const host = page.asciiHost;
  // IPs and single-label hosts have only their own key among the lookup keys.
  if (host.includes(':') || IPV4.test(host) || !host.includes('.')) return true;
  const unicodeHost = safeToUnicode(host);
  if (key === unicodeHost) return !key.startsWith('www.');
  return unicodeHost === `www.${key}`;
}

function safeToUnicode(ascii: string): string {
  try {
    return toUnicode(ascii);
  } catch {
    return ascii;
  }
}
