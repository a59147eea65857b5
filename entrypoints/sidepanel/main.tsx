import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from '@/components/app/AppContext';
import { fetchInitialTab } from '@/components/app/initialTab';
import { getDb } from '@/lib/db/database';
import { findProspectByLookupKeys } from '@/lib/db/prospects';
import { loadSettings } from '@/lib/settings';
import { ensurePersistentStorage } from '@/lib/storage/persistence';
import { classifyUrl, lookupKeys } from '@/lib/site/url';
import { browser } from 'wxt/browser';
import { App } from './App';

// The theme is inlined into index.html at build (wxt.config.ts), for the first paint.
// Everything the first screen needs is fetched at once, in parallel, before the first render:
// settings, the tab (already read by the first paint, entrypoints/panel-boot.ts), and (opening
// the database meanwhile) the tab's prospect. The live queries that follow then answer from an
// open database.
const firstPaint = globalThis.dealbriefFirstPaint;
const tabPromise = firstPaint?.tab ?? fetchInitialTab(browser.tabs);
const [settings, firstTab] = await Promise.all([
  loadSettings(),
  tabPromise,
  tabPromise.then(async (tab) => {
    const page = classifyUrl(tab.status === 'tab' ? tab.tab.url : undefined);
    if (page.kind === 'web')
      await findProspectByLookupKeys(getDb(), lookupKeys(page)).catch(() => undefined);
  }),
]);

// Ask once per open that our data is not evicted under storage pressure (no prompt in Chrome).
void ensurePersistentStorage();

// From here the app owns the root: React replaces the first paint's frame on its first commit.
if (firstPaint) firstPaint.handedOver = true;
const root = document.getElementById('root')!;
root.removeAttribute('aria-busy');
createRoot(root).render(
  <StrictMode>
    <AppProvider initialSettings={settings}>
      <App initialTab={firstTab} />
    </AppProvider>
  </StrictMode>,
);
