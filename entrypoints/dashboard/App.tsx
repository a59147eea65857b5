import { lazy, Suspense, useEffect, useState } from 'react';
import { useApp } from '@/components/app/AppContext';
import { DashboardView } from '@/components/dashboard/DashboardView';
import { useDashboardData } from '@/components/dashboard/useDashboardData';
import { ErrorBanner } from '@/components/ui/ErrorBanner';

// One prospect's page (portrait, map, brief, drafts, DOCX) loads only when a prospect is opened,
// so the list paints without its code.
const ProspectPage = lazy(() =>
  import('@/components/dashboard/ProspectPage').then((m) => ({ default: m.ProspectPage })),
);

function prospectFromUrl(): string | null {
  return new URLSearchParams(location.search).get('prospect');
}

/** The manager's full-tab page: the list of all prospects, or one prospect (`?prospect=ID`). */
export function App() {
  const { t } = useApp();
  const data = useDashboardData();
  const [prospectId, setProspectId] = useState(prospectFromUrl);

  useEffect(() => {
    const onPop = () => setProspectId(prospectFromUrl());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    if (!prospectId) document.title = t('dashboard.title');
  }, [prospectId, t]);

  const open = (id: string | null) => {
    history.pushState(null, '', id ? `?prospect=${encodeURIComponent(id)}` : location.pathname);
    setProspectId(id);
    window.scrollTo(0, 0);
  };

  return (
    <div className="app dashboard-app">
      <header className="topbar no-print">
        <span className="topbar__brand">{t('app.name')}</span>
        {prospectId ? (
          <span className="topbar__title">{t('dashboard.title')}</span>
        ) : (
          <h1 className="topbar__title">{t('dashboard.title')}</h1>
        )}
      </header>
      <ErrorBanner />
      <main className="main dashboard-main">
        {prospectId ? (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <ProspectPage prospectId={prospectId} onBack={() => open(null)} />
          </Suspense>
        ) : (
          <DashboardView data={data} onOpen={open} />
        )}
      </main>
    </div>
  );
}
