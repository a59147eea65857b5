import { browser, type Browser } from 'wxt/browser';
import type { Translate } from '../i18n';

export const DASHBOARD_MENU_ID = 'dealbrief-open-dashboard';

/** The dashboard page, on one prospect when given (`?prospect=ID`). */
export function dashboardUrl(prospectId?: string): string {
  const query = prospectId ? `?prospect=${encodeURIComponent(prospectId)}` : '';
  return browser.runtime.getURL(`/dashboard.html${query}` as '/dashboard.html');
}

/** Opens the manager's dashboard in a new tab next to the current one. */
export async function openDashboard(prospectId?: string): Promise<number | undefined> {
  const tab = await browser.tabs.create({ url: dashboardUrl(prospectId) });
  return tab.id;
}

/**
 * "All prospects" in the toolbar button's own right-click menu. The page menus are rebuilt (all
 * removed, then re-added) on every tab change, so this is added again after each rebuild.
 */
export function addDashboardMenu(t: Translate): void {
  // MV2 (Firefox) calls the toolbar button's menu context `browser_action`.
  const context = (
    import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action'
  ) as Browser.contextMenus.ContextType;
  browser.contextMenus.create({
    id: DASHBOARD_MENU_ID,
    title: t('dashboard.menu.open'),
    contexts: [context],
  });
}

export function isDashboardMenuClick(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId'>,
): boolean {
  return info.menuItemId === DASHBOARD_MENU_ID;
}
