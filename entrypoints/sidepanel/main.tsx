import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from '@/components/app/AppContext';
import { refreshBadgesOnProspectWrites } from '@/components/app/badgeSync';
import { fetchInitialTab, type ActiveTabState } from '@/components/app/initialTab';
import { installFocusRescue } from '@/components/ui/focusRescue';
import { getDb } from '@/lib/db/database';
import { findProspectForPage } from '@/lib/db/prospects';
import { loadSettings } from '@/lib/settings';
import { ensurePersistentStorage } from '@/lib/storage/persistence';
import { loadSiteKey } from '@/lib/site/siteKey';
import { classifyUrl, lookupKeys } from '@/lib/site/url';
import { browser } from 'wxt/browser';
import { App } from './App';
import type { InitialProspect } from '@/components/prospects/SiteView';

// The theme is inlined into index.html at build (wxt.config.ts), for the first paint.
// Everything the first screen needs is fetched at once, in parallel, before the first render:
// settings, the tab (already read by the first paint, entrypoints/panel-boot.ts), and (opening
// the database meanwhile) the tab's prospect. The live queries that follow then answer from an
// open database.
refreshBadgesOnProspectWrites(getDb());
const firstPaint = globalThis.dealbriefFirstPaint;
const tabPromise = (firstPaint?.tab ?? Promise.reject(new Error('no first paint')))
  .catch(() => fetchInitialTab(browser.tabs))
  .catch((): ActiveTabState => ({ status: 'none' }));
const [settings, firstTab, firstProspect] = await Promise.all([
  loadSettings(),
  tabPromise,
  tabPromise.then(async (tab): Promise<InitialProspect | undefined> => {
    const page = classifyUrl(tab.status === 'tab' ? tab.tab.url : undefined);
    if (page.kind !== 'web') return undefined;
    const keys = lookupKeys(page);
    const prospect = await findProspectForPage(getDb(), page, loadSiteKey).then(
      (found) => found ?? null,
      () => undefined,
    );
    // Handed to the site view, so the app's first frame shows the company the first paint
    // showed, instead of "Loading…" while its live query starts.
    return prospect === undefined ? undefined : { keysId: keys.join(' '), prospect };
  }),
]);

// Ask once per open that our data is not evicted under storage pressure (no prompt in Chrome).
void ensurePersistentStorage();

// From here the app owns the root: React replaces the first paint's frame on its first commit.
if (firstPaint) firstPaint.handedOver = true;
const root = document.getElementById('root')!;
root.removeAttribute('aria-busy');
installFocusRescue(root);
createRoot(root).render(
  <StrictMode>
    <AppProvider initialSettings={settings}>
      <App initialTab={firstTab} initialProspect={firstProspect} />
    </AppProvider>
  </StrictMode>,
);
