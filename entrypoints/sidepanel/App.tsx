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
        <span className="topbar__actions">
          <button
            type="button"
            className="button button--icon topbar__button"
            title={t('dashboard.open.hint')}
            onClick={() => void sendMessage('openDashboard', {}).catch(() => undefined)}
          >
            <svg className="topbar__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <rect x="1.75" y="2.75" width="12.5" height="10.5" rx="1.5" />
              <path d="M1.75 6.25h12.5M1.75 9.75h12.5M5.75 6.25v7" />
            </svg>
            {t('dashboard.open')}
          </button>
          <button
            type="button"
            className="button button--icon topbar__button"
            aria-pressed={view === 'settings'}
            onClick={() => setView(view === 'settings' ? 'site' : 'settings')}
          >
            <svg className="topbar__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <circle cx="8" cy="8" r="2.25" />
              <path d="M8 1.5v2.2M8 12.3v2.2M1.5 8h2.2M12.3 8h2.2M3.4 3.4l1.55 1.55M11.05 11.05l1.55 1.55M3.4 12.6l1.55-1.55M11.05 4.95l1.55-1.55" />
              <circle cx="8" cy="8" r="4.4" />
            </svg>
            {t('nav.settings')}
          </button>
        </span>
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
