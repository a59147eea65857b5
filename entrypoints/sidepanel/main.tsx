import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from '@/components/app/AppContext';
import { fetchInitialTab } from '@/components/app/useActiveTab';
import '@/components/ui/theme.css';
import { getDb } from '@/lib/db/database';
import { findProspectByLookupKeys } from '@/lib/db/prospects';
import { loadSettings } from '@/lib/settings';
import { ensurePersistentStorage } from '@/lib/storage/persistence';
import { classifyUrl, lookupKeys } from '@/lib/site/url';
import { App } from './App';

// Everything the first screen needs is fetched at once, in parallel, before the first render:
// settings, the tab, and (opening the database meanwhile) the tab's prospect. The live queries
// that follow then answer from an open database.
const tabPromise = fetchInitialTab();
const [settings, initialTab] = await Promise.all([
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider initialSettings={settings}>
      <App initialTab={initialTab} />
    </AppProvider>
  </StrictMode>,
);
