import { browser, type Browser } from 'wxt/browser';
import type { Translate } from '../i18n';

export const MENU_ADD_TO_DEALBRIEF = 'dealbrief-add-selection';

/** (Re)creates our context menu entries in the current UI language. */
export async function registerMenus(t: Translate): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ADD_TO_DEALBRIEF,
    title: t('menu.addToDealBrief'),
    contexts: ['selection'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
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
