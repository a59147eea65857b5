import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from '@/components/app/AppContext';
import { refreshBadgesOnProspectWrites } from '@/components/app/badgeSync';
import { installFocusRescue } from '@/components/ui/focusRescue';
import '@/components/ui/theme.css';
import '@/components/dashboard/dashboard.css';
import { getDb } from '@/lib/db';
import { loadSettings } from '@/lib/settings';
import { App } from './App';

refreshBadgesOnProspectWrites(getDb());
// Settings and the database open in parallel before the first render.
const [settings] = await Promise.all([
  loadSettings(),
  getDb()
    .open()
    .catch(() => undefined),
]);

const root = document.getElementById('root')!;
installFocusRescue(root);
createRoot(root).render(
  <StrictMode>
    <AppProvider initialSettings={settings}>
      <App />
    </AppProvider>
  </StrictMode>,
);
