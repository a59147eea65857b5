import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { pinnedTabId, toInfo, type ActiveTabState } from './initialTab';

export { pinnedTabId, type ActiveTabState, type TabInfo } from './initialTab';

/**
 * The tab the panel is about: the active tab of the panel's own window, followed through tab
 * switches and navigations, or the pinned tab.
 */
export function useActiveTab(initial?: ActiveTabState): ActiveTabState {
  const [state, setState] = useState<ActiveTabState>(initial ?? { status: 'loading' });

  useEffect(() => {
    let disposed = false;
    let currentId: number | null = pinnedTabId();
    const pinned = currentId !== null;
    let windowId: number | undefined;
    // Every read of the tab takes a number; an answer that comes back after a later read was
    // asked for (a slow tabs.get for a tab the rep already left) is dropped, so the panel never
    // goes back to a tab that is no longer in front.
    let latest = 0;

    const show = (tab: Browser.tabs.Tab | undefined) => {
      if (disposed) return;
      const info = tab ? toInfo(tab) : null;
      currentId = info?.id ?? currentId;
      setState(info ? { status: 'tab', tab: info } : { status: 'none' });
    };
    /** Shows what the read numbered `asked` answers, unless something newer was asked since. */
    const showAnswer = (asked: number) => (tab: Browser.tabs.Tab | undefined) => {
      if (asked === latest) show(tab);
    };

    /** Reads the panel's tab again; a failed read shows "no tab". */
    const loadActive = async () => {
      const asked = ++latest;
      let tab: Browser.tabs.Tab | undefined;
      try {
        if (pinned) tab = await browser.tabs.get(currentId!);
        else {
          windowId ??= (await browser.windows.getCurrent()).id;
          [tab] = await browser.tabs.query({ active: true, windowId });
        }
      } catch {
        tab = undefined;
      }
      showAnswer(asked)(tab);
    };

    const onActivated = (info: Browser.tabs.OnActivatedInfo) => {
      if (pinned || (windowId !== undefined && info.windowId !== windowId)) return;
      currentId = info.tabId;
      void browser.tabs.get(info.tabId).then(showAnswer(++latest), () => undefined);
    };
    const onUpdated = (
      tabId: number,
      change: Browser.tabs.OnUpdatedInfo,
      tab: Browser.tabs.Tab,
    ) => {
      if (tabId !== currentId) return;
      if (change.url !== undefined || change.title !== undefined || change.status === 'loading')
        show(tab);
    };
    const onRemoved = (tabId: number) => {
      if (tabId !== currentId) return;
      if (!pinned) return void loadActive();
      latest++;
      setState({ status: 'closed' });
    };

    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    if (initial?.status === 'tab') currentId = initial.tab.id;
    // Re-read once: the tab may have changed between the first fetch and the listeners.
    void loadActive();
    return () => {
      disposed = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- initial value only
  }, []);

  return state;
}
