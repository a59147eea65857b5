import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  toggle?: () => Promise<void>;
  open(): Promise<void>;
}

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
export function toolbarAction(): typeof browser.action {
  return (
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction
  );
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}
function firefoxSidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

/**
 * The toolbar button and its shortcut open the panel: Chrome does it itself once told to;
 * Firefox's sidebar is toggled from the action click.
 */
export async function setupPanelOpening(): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (sidePanel) {
    await sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const sidebar = firefoxSidebar();
  if (sidebar) toolbarAction().onClicked.addListener(() => void (sidebar.toggle ?? sidebar.open)());
}

/** Opens the panel for a window; must run inside a user gesture (menu click, command). */
export function openPanel(windowId: number | undefined): void {
  const sidePanel = chromeSidePanel();
  if (sidePanel && windowId !== undefined) {
    sidePanel.open({ windowId }).catch(() => undefined);
    return;
  }
  firefoxSidebar()
    ?.open()
    .catch(() => undefined);
}
