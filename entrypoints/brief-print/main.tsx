import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from '@/components/app/AppContext';
import { BriefPrint } from '@/components/brief/BriefPrint';
import '@/components/ui/theme.css';

// The printable one-page brief, opened from the panel's Brief tab with `?prospect=<id>`.
const prospectId = new URLSearchParams(location.search).get('prospect') ?? '';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider>
      <BriefPrint prospectId={prospectId} />
    </AppProvider>
  </StrictMode>,
);
