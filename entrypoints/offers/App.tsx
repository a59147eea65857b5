import { useEffect } from 'react';
import { useApp } from '@/components/app/AppContext';
import { OffersView } from '@/components/offers/OffersView';
import { ErrorBanner } from '@/components/ui/ErrorBanner';

/** The offer profiles in a full tab; the tab's title is in the UI language, as the dashboard's. */
export function App() {
  const { t } = useApp();
  useEffect(() => {
    document.title = t('offers.page.title');
  }, [t]);
  return (
    <>
      <ErrorBanner />
      <main className="offers-page">
        <OffersView />
      </main>
    </>
  );
}
