import { glimpseProspect } from '@/lib/db/glimpse';
import { classifyUrl, isSureLookupKey, lookupKeys, type WebSitePage } from '@/lib/site/url';
import { paintGlimpse } from './glimpse';
import { fetchInitialTab, type ActiveTabState, type TabsApi } from './initialTab';

/**
 * What the first paint hands to the app (entrypoints/sidepanel/main.tsx): the tab it already
 * read, so the tabs API is asked once per open, and a flag the app sets when it takes the root.
 */
export interface FirstPaint {
  tab: Promise<ActiveTabState>;
  handedOver: boolean;
}

declare global {
  var dealbriefFirstPaint: FirstPaint | undefined;
}

/** The browser's own promise-based API: `browser` in Firefox, `chrome` in Chrome (MV3). */
function nativeTabs(): TabsApi {
  const g = globalThis as { browser?: { tabs: TabsApi }; chrome?: { tabs: TabsApi } };
  return (g.browser ?? g.chrome)!.tabs;
}

/**
 * The panel's root element. The first paint starts in the page's head, but the tabs API and the
 * database answer long after the parser has reached the root; the wait is only a safety net.
 */
async function rootElement(): Promise<HTMLElement> {
  const root = document.getElementById('root');
  if (root) return root;
  await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve));
  return document.getElementById('root')!;
}

/** How long the app waits for the first paint before loading anyway (a slow or busy database). */
const PAINT_BUDGET_MS = 150;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Resolves once the frame after now has been produced: a task queued from an animation frame
 * callback runs after that frame's paint. A hidden page gets no frames, hence the time limit.
 */
function afterNextFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return delay(0);
  const framed = new Promise<void>((resolve) =>
    requestAnimationFrame(() => setTimeout(resolve, 0)),
  );
  return Promise.race([framed, delay(50)]);
}

/**
 * Wakes the app's module tags that the build made inert (`deferPanelApp` in wxt.config.ts):
 * preloads first, so the whole graph is fetched at once, then the entry script. A page without
 * inert tags (the dev server) has loaded the app already.
 */
export function loadApp(doc: Document = document): void {
  for (const inert of doc.querySelectorAll<HTMLLinkElement>('link[rel="dealbrief-preload"]')) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.href = inert.getAttribute('href')!;
    doc.head.append(link);
    inert.remove();
  }
  for (const inert of doc.querySelectorAll<HTMLScriptElement>('script[type="dealbrief/app"]')) {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = inert.dataset.src!;
    doc.head.append(script);
    inert.remove();
  }
}

/**
 * The side panel's first paint (entrypoints/panel-boot.ts, a classic script of a few KB that
 * runs while the page is still parsing): reads the tab and, with plain IndexedDB, the name of
 * its prospect, and paints them in the frame the app will render – before React, Dexie and the
 * strings have loaded. Opening the panel on a known company shows the company about as fast as a
 * blank page loads; the app then takes over the same frame. A site with no prospect, a browser
 * page, or any failure paints nothing and leaves the screen to the app.
 */
export function startFirstPaint(): FirstPaint {
  let handle: FirstPaint;
  try {
    handle = { tab: fetchInitialTab(nativeTabs()), handedOver: false };
  } catch (error) {
    // No tabs API (or it threw): no first paint, but the app must still load.
    handle = { tab: Promise.reject(error as Error), handedOver: false };
    handle.tab.catch(() => undefined);
  }
  const own = handle;
  globalThis.dealbriefFirstPaint = own;
  const page = own.tab.then((tab): WebSitePage | null => {
    const page = classifyUrl(tab.status === 'tab' ? tab.tab.url : undefined);
    return page.kind === 'web' ? page : null;
  });
  const keys = page.then((page) => (page ? lookupKeys(page) : []));
  const painted = glimpseProspect(keys)
    .then(async (glimpse) => {
      // A parent domain that only the public-suffix list can tell apart from a public suffix
      // (stroymash.spb.ru found under spb.ru) is left to the app, which loads the list.
      if (!glimpse || !isSureLookupKey((await page)!, glimpse.domain)) return false;
      const root = await rootElement();
      // Once the app has started it owns the root: a late glimpse must not paint over it.
      if (own.handedOver) return false;
      paintGlimpse(root, glimpse);
      return true;
    })
    .catch(() => false);
  void Promise.race([painted, delay(PAINT_BUDGET_MS).then(() => false)])
    .then(async (didPaint) => {
      // Let the browser put the name on screen before the app's modules take the main thread.
      if (didPaint) await afterNextFrame();
      await rootElement();
    })
    .catch(() => undefined)
    .then(() => loadApp());
  return own;
}
