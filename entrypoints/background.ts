import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { updateBadge } from '@/lib/background/badge';
import { captureSelection } from '@/lib/background/capture';
import { MENU_ADD_TO_DEALBRIEF, readFullSelection, registerMenus } from '@/lib/background/menus';
import { openPanel, setupPanelOpening, toolbarAction } from '@/lib/background/sidePanel';
import { getDb } from '@/lib/db';
import { createTranslator, resolveLanguage, type Translate } from '@/lib/i18n';
import { registerHandlers } from '@/lib/messaging/server';
import { loadSettings, watchSettings } from '@/lib/settings';

// Wiring only: every piece of logic lives in lib/ and is tested there.
export default defineBackground(() => {
  const db = getDb();

  async function translator(): Promise<Translate> {
    const settings = await loadSettings();
    return createTranslator(resolveLanguage(settings.language, browser.i18n.getUILanguage()));
  }

  /** Badges of the active tabs, plus `tabId` (a tab something was just captured from). */
  async function refreshBadges(tabId?: number): Promise<number> {
    const t = await translator();
    const tabs = await browser.tabs.query({ active: true });
    const extra =
      tabId !== undefined && !tabs.some((tab) => tab.id === tabId)
        ? await browser.tabs.get(tabId).catch(() => undefined)
        : undefined;
    const all = extra ? [...tabs, extra] : tabs;
    await Promise.all(
      all.map((tab) => updateBadge(toolbarAction(), db, tab, t).catch(() => false)),
    );
    return all.length;
  }

  async function capture(request: { tabId?: number; text: string; url: string; title: string }) {
    const settings = await loadSettings();
    const clip = await captureSelection(db, settings.repName, request);
    await refreshBadges(request.tabId);
    return clip;
  }

  void setupPanelOpening();
  void translator().then(registerMenus);
  watchSettings(
    () =>
      void translator()
        .then(registerMenus)
        .then(() => refreshBadges()),
  );

  browser.contextMenus.onClicked.addListener(
    (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
      if (info.menuItemId !== MENU_ADD_TO_DEALBRIEF) return;
      // Opening the panel needs the click's user gesture, so it comes before any await.
      openPanel(tab?.windowId);
      void (async () => {
        const text = await readFullSelection(tab, info);
        await capture({
          tabId: tab?.id,
          text,
          url: info.pageUrl ?? tab?.url ?? '',
          title: tab?.title ?? '',
        });
      })().catch(async () => {
        if (tab?.id === undefined) return;
        await toolbarAction().setBadgeText({ tabId: tab.id, text: '!' });
        await toolbarAction().setTitle({
          tabId: tab.id,
          title: (await translator())('capture.unsupported'),
        });
      });
    },
  );

  browser.tabs.onActivated.addListener(() => void refreshBadges());
  browser.tabs.onUpdated.addListener((_id: number, change: Browser.tabs.OnUpdatedInfo) => {
    if (change.url || change.status === 'complete') void refreshBadges();
  });

  registerHandlers({
    captureSelection: async (input) => {
      const clip = await capture(input);
      return { clipId: clip.id, prospectId: clip.prospectId };
    },
    refreshBadge: async () => ({ updated: await refreshBadges() }),
  });
});
