import { browser, type Browser } from 'wxt/browser';
import type { DealBriefDb } from '../db';
import type { Translate } from '../i18n';
import type { PortraitTemplate, Prospect } from '../model';
import type { SiteIdentity } from '../site/domain';

/** What the menu is built for: the active tab's site and its prospect, if it has one. */
export interface MenuTarget {
  site: SiteIdentity;
  prospect?: Prospect;
  /** The prospect's portrait template (built-in or the rep's), for the portrait's entries. */
  portraitTemplate?: PortraitTemplate;
}

export interface MenuEntry {
  id: string;
  title: string;
  parentId?: string;
}

export interface MenuClick {
  db: DealBriefDb;
  owner: string;
  /** The selection, with its line breaks where the page gave them. */
  selection: string;
  url: string;
  title: string;
  tabId?: number;
}

/**
 * A feature's part of the page context menu. The menu is rebuilt for the active tab (so entries
 * may depend on its prospect, e.g. the portrait template's fields); a click goes to the
 * contribution that owns the entry.
 */
export interface MenuContribution {
  entries(t: Translate, target: MenuTarget): MenuEntry[];
  /** Handles a click on one of its entries; false when the id is not its own. */
  handle(menuItemId: string, click: MenuClick): Promise<boolean>;
}

/** (Re)creates every contribution's entries, for text selections on web pages. */
export async function buildMenus(
  contributions: readonly MenuContribution[],
  t: Translate,
  target: MenuTarget,
): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const contribution of contributions) {
    for (const entry of contribution.entries(t, target)) {
      browser.contextMenus.create({
        id: entry.id,
        title: entry.title,
        parentId: entry.parentId,
        contexts: ['selection'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      });
    }
  }
}

/** Routes a click to the contribution that owns it; false when nobody did. */
export async function dispatchMenuClick(
  contributions: readonly MenuContribution[],
  menuItemId: string,
  click: MenuClick,
): Promise<boolean> {
  for (const contribution of contributions)
    if (await contribution.handle(menuItemId, click)) return true;
  return false;
}

/**
 * The selection with its line breaks. `info.selectionText` is flattened and may be cut by the
 * browser; reading it in the page keeps the structure. The menu click grants `activeTab`, so no
 * host permission is needed; any failure falls back to what the menu gave us.
 */
export async function readFullSelection(
  tab: Browser.tabs.Tab | undefined,
  info: Browser.contextMenus.OnClickData,
): Promise<string> {
  const fallback = info.selectionText ?? '';
  if (tab?.id === undefined) return fallback;
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [info.frameId ?? 0] },
      func: () => globalThis.getSelection?.()?.toString() ?? '',
    });
    const text = typeof result?.result === 'string' ? result.result : '';
    return text.trim() ? text : fallback;
  } catch {
    return fallback;
  }
}
