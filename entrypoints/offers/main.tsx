import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from '@/components/app/AppContext';
import { installFocusRescue } from '@/components/ui/focusRescue';
import '@/components/ui/theme.css';
import { loadSettings } from '@/lib/settings';
import { App } from './App';
import './offers-page.css';

// The offer profiles in a full tab: the same editor as the panel's, with room to work.
const settings = await loadSettings();

const root = document.getElementById('root')!;
installFocusRescue(root);
createRoot(root).render(
  <StrictMode>
    <AppProvider initialSettings={settings}>
      <App />
    </AppProvider>
  </StrictMode>,
);
