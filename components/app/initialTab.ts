import type { Browser } from 'wxt/browser';

// What the panel needs to know about its tab before React loads. No React and no polyfill here
// (the tabs API is passed in), so the first paint (components/app/firstPaint.ts) stays tiny.

export interface TabInfo {
  id: number;
  url: string;
  title: string;
}

export type ActiveTabState =
  | { status: 'loading' }
  | { status: 'tab'; tab: TabInfo }
  | { status: 'none' }
  | { status: 'closed' };

/** The two calls of the tabs API the first read needs (the polyfill's or the browser's own). */
export interface TabsApi {
  get(tabId: number): Promise<Browser.tabs.Tab>;
  query(queryInfo: { active: boolean; currentWindow: boolean }): Promise<Browser.tabs.Tab[]>;
}

export function toInfo(tab: Browser.tabs.Tab): TabInfo | null {
  if (tab.id === undefined) return null;
  // `pendingUrl` is where a tab is going while it loads; showing it switches the panel sooner.
  return { id: tab.id, url: tab.pendingUrl ?? tab.url ?? '', title: tab.title ?? '' };
}

/** `?tabId=N` pins the panel to one tab (tests and "open in tab"); otherwise it follows. */
export function pinnedTabId(search = location.search): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

/** The tab to show first: the pinned tab, else the active tab of the panel's window. */
export async function fetchInitialTab(tabs: TabsApi): Promise<ActiveTabState> {
  const pinned = pinnedTabId();
  const tab =
    pinned !== null
      ? await tabs.get(pinned).catch(() => undefined)
      : (await tabs.query({ active: true, currentWindow: true }))[0];
  const info = tab ? toInfo(tab) : null;
  return info ? { status: 'tab', tab: info } : { status: 'none' };
}
