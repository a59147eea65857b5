import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { updateBadge } from '@/lib/background/badge';
import { captureToBrief } from '@/lib/background/briefMenu';
import { captureSelection } from '@/lib/background/capture';
import { captureFailureKey } from '@/lib/background/failure';
import {
  addDashboardMenu,
  isDashboardMenuClick,
  openDashboard,
} from '@/lib/background/dashboardMenu';
import { MENU_CONTRIBUTIONS } from '@/lib/background/menuContributions';
import { addPersonFromSelection } from '@/lib/background/peopleMenu';
import {
  buildMenus,
  dispatchMenuClick,
  readFullSelection,
  type MenuTarget,
} from '@/lib/background/menus';
import { openPanel, setupPanelOpening, toolbarAction } from '@/lib/background/sidePanel';
import { findProspectByDomain, getDb } from '@/lib/db';
import { onTableChanged, settled } from '@/lib/db/changes';
import { getTemplate } from '@/lib/db/portraitTemplates';
import { createTranslator, resolveLanguage, type Translate } from '@/lib/i18n';
import { registerHandlers } from '@/lib/messaging/server';
import { loadSettings, watchSettings } from '@/lib/settings';
import { identifySite } from '@/lib/site/domain';

// Wiring only: every piece of logic lives in lib/ and is tested there.
export default defineBackground(() => {
  const db = getDb();

  async function translator(): Promise<Translate> {
    const settings = await loadSettings();
    return createTranslator(resolveLanguage(settings.language, browser.i18n.getUILanguage()));
  }

  async function targetOf(tab: Browser.tabs.Tab | undefined): Promise<MenuTarget> {
    const site = identifySite(tab?.url);
    const prospect = site.kind === 'site' ? await findProspectByDomain(db, site.key) : undefined;
    const portraitTemplate = prospect
      ? await getTemplate(db, prospect.portraitTemplateId).catch(() => undefined)
      : undefined;
    return { site, prospect, portraitTemplate };
  }

  /** Badges of the active tabs (plus `tabId`, a tab just captured from) and the menu for the focused one. */
  let refreshing: Promise<number> = Promise.resolve(0);
  function refresh(tabId?: number): Promise<number> {
    refreshing = refreshing
      .catch(() => 0)
      .then(async () => {
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
        const [focused] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        await buildMenus(MENU_CONTRIBUTIONS, t, await targetOf(focused)).catch(() => undefined);
        addDashboardMenu(t);
        return all.length;
      });
    return refreshing;
  }

  async function showFailure(tabId: number | undefined, error: unknown) {
    if (tabId === undefined) return;
    const key = captureFailureKey(error);
    // Not the rep's doing: kept for whoever reads the service worker's console.
    if (key === 'capture.failed') console.error(error);
    const t = await translator();
    await toolbarAction().setBadgeText({ tabId, text: '!' });
    await toolbarAction().setTitle({ tabId, title: t(key) });
  }

  void setupPanelOpening();
  void refresh();
  watchSettings(() => void refresh());
  // Whatever changes prospects – a domain removed in a panel, an import on the dashboard, a
  // capture here – the badges follow, while this worker runs; the pages also message it
  // (components/app/badgeSync.ts), which wakes a worker the browser has stopped.
  onTableChanged(
    db.name,
    'prospects',
    settled(() => void refresh(), 100),
  );

  browser.contextMenus.onClicked.addListener(
    (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
      if (isDashboardMenuClick(info)) return void openDashboard().catch(() => undefined);
      // Opening the panel needs the click's user gesture, so it comes before any await.
      openPanel(tab?.windowId);
      void (async () => {
        const [settings, selection] = await Promise.all([
          loadSettings(),
          readFullSelection(tab, info),
        ]);
        await dispatchMenuClick(MENU_CONTRIBUTIONS, String(info.menuItemId), {
          db,
          owner: settings.repName,
          selection,
          url: info.pageUrl ?? tab?.url ?? '',
          title: tab?.title ?? '',
          tabId: tab?.id,
        });
        await refresh(tab?.id);
      })().catch((error: unknown) => showFailure(tab?.id, error));
    },
  );

  browser.tabs.onActivated.addListener(() => void refresh());
  browser.tabs.onUpdated.addListener((_id: number, change: Browser.tabs.OnUpdatedInfo) => {
    if (change.url || change.status === 'complete') void refresh();
  });
  browser.windows.onFocusChanged.addListener(() => void refresh());

  registerHandlers({
    captureSelection: async (input) => {
      const settings = await loadSettings();
      const clip = await captureSelection(db, settings.repName, input);
      await refresh(input.tabId);
      return { clipId: clip.id, prospectId: clip.prospectId };
    },
    addPersonFromSelection: async (input) => {
      const settings = await loadSettings();
      const person = await addPersonFromSelection(db, settings.repName, input);
      await refresh(input.tabId);
      return { personId: person.id, prospectId: person.prospectId };
    },
    captureToBrief: async (input) => {
      const settings = await loadSettings();
      const saved = await captureToBrief(db, settings.repName, input);
      await refresh(input.tabId);
      return saved;
    },
    refreshBadge: async () => ({ updated: await refresh() }),
    openDashboard: async (input) => ({ tabId: await openDashboard(input.prospectId) }),
  });
});
