// Scanning the page in a tab: inject the unlisted scanner (entrypoints/scan.ts, built as
// /scan.js) only when the rep asks, and validate what comes back. The browser is a parameter,
// so the tests drive every outcome with a fake one.
import type { browser, Browser } from 'wxt/browser';
import { ScanResult } from '../extract/schema';
import { identifySite, type UnsupportedReason } from '../site/domain';

export const SCANNER_FILE = '/scan.js';

/** Why a page was not scanned; each has its own message telling the rep what to do. */
export type ScanProblem =
  | UnsupportedReason
  | 'tab_closed'
  | 'other_site'
  | 'no_access'
  | 'error_page'
  | 'bad_result'
  | 'failed';

export type ScanOutcome =
  | { ok: true; url: string; title: string; result: ScanResult }
  | { ok: false; problem: ScanProblem; url?: string; host?: string };

export interface ScanBrowser {
  tabs: Pick<typeof browser.tabs, 'get'>;
  scripting: Pick<typeof browser.scripting, 'executeScript'>;
}

export interface PermissionsBrowser {
  permissions: Pick<typeof browser.permissions, 'request' | 'contains'>;
}

/** The host permission pattern for a page's site (any port, this scheme, this host). */
export function originPattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (!/^https?:$/.test(u.protocol)) return undefined;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return undefined;
  }
}

/** Maps the browser's refusal to a reason the rep can act on. */
export function classifyScanError(error: unknown): ScanProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (/error page/i.test(message)) return 'error_page';
  if (/gallery|web ?store|cannot be scripted/i.test(message)) return 'web_store';
  if (/chrome:\/\/|about:|extensions gallery|cannot access a chrome/i.test(message))
    return 'browser_page';
  if (/permission|cannot access|missing host|not allowed/i.test(message)) return 'no_access';
  if (/no tab with id|tab was closed|no frame/i.test(message)) return 'tab_closed';
  return 'failed';
}

/**
 * Scans the page shown in `tabId`, which must belong to the prospect (`domains`) both before the
 * scanner is injected and where it ran. Never throws: every failure comes back as a problem.
 */
export async function scanTab(
  api: ScanBrowser,
  tabId: number,
  domains: readonly string[],
): Promise<ScanOutcome> {
  let tab: Browser.tabs.Tab;
  try {
    tab = await api.tabs.get(tabId);
  } catch {
    return { ok: false, problem: 'tab_closed' };
  }
  const url = tab.url ?? '';
  const site = identifySite(url);
  if (site.kind !== 'site') return { ok: false, problem: site.reason, url };
  if (!domains.includes(site.key))
    return { ok: false, problem: 'other_site', url, host: site.host };
  let raw: unknown;
  try {
    const [first] = await api.scripting.executeScript({
      target: { tabId },
      files: [SCANNER_FILE],
    });
    raw = first?.result;
  } catch (error) {
    return { ok: false, problem: classifyScanError(error), url, host: site.host };
  }
  const parsed = ScanResult.safeParse(raw);
  if (!parsed.success || parsed.data.url === undefined)
    return { ok: false, problem: 'bad_result', url, host: site.host };
  // The tab may have gone elsewhere between the check above and the injection (a link the rep
  // had just clicked, a redirect): what counts is where the scanner actually ran.
  const scanned = identifySite(parsed.data.url);
  if (scanned.kind !== 'site') return { ok: false, problem: scanned.reason, url: scanned.url };
  if (!domains.includes(scanned.key))
    return { ok: false, problem: 'other_site', url: scanned.url, host: scanned.host };
  return { ok: true, url: scanned.url, title: tab.title ?? '', result: parsed.data };
}

/**
 * Asks for this site's optional host permission. Must run inside the click that asked for it
 * (the browser shows its prompt only on a user gesture). False when refused or impossible.
 */
export async function requestSiteAccess(api: PermissionsBrowser, url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  try {
    return await api.permissions.request({ origins: [pattern] });
  } catch {
    return false;
  }
}
