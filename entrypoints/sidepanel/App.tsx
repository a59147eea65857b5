import { useState } from 'react';
import { useApp } from '@/components/app/AppContext';
import { BackupReminder } from '@/components/app/BackupReminder';
import { useActiveTab, type ActiveTabState } from '@/components/app/useActiveTab';
import { SiteView, type InitialProspect } from '@/components/prospects/SiteView';
import { SettingsView } from '@/components/settings/SettingsView';
import { ErrorBanner } from '@/components/ui/ErrorBanner';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { sendMessage } from '@/lib/messaging/client';

type View = 'site' | 'settings';

/** The rep's panel: follows the active tab and shows that site's prospect. */
export function App({
  initialTab,
  initialProspect,
}: {
  initialTab?: ActiveTabState;
  initialProspect?: InitialProspect;
}) {
  const { t } = useApp();
  const tab = useActiveTab(initialTab);
  const [view, setView] = useState<View>('site');

  return (
    <div className="app">
      <nav className="topbar" aria-label={t('nav.main')}>
        <span className="topbar__brand">{t('app.name')}</span>
        <button
          type="button"
          className="button button--quiet"
          title={t('dashboard.open.hint')}
          onClick={() => void sendMessage('openDashboard', {}).catch(() => undefined)}
        >
          {t('dashboard.open')}
        </button>
        <button
          type="button"
          className="button button--icon"
          aria-pressed={view === 'settings'}
          onClick={() => setView(view === 'settings' ? 'site' : 'settings')}
        >
          ⚙ {t('nav.settings')}
        </button>
      </nav>
      <ErrorBanner />
      <main className="main">
        <BackupReminder />
        <ErrorBoundary resetKey={`${view} ${tab.status === 'tab' ? tab.tab.url : tab.status}`}>
          {view === 'settings' ? (
            <SettingsView onBack={() => setView('site')} />
          ) : (
            <SiteView state={tab} initialProspect={initialProspect} />
          )}
        </ErrorBoundary>
      </main>
    </div>
  );
}
