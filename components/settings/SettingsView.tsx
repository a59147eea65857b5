import { useApp } from '../app/AppContext';
import { useAutosavedText } from '../ui/useAutosavedText';
import { SaveState } from '../ui/SaveState';
import { useEffect, useState } from 'react';
import { UiLanguage } from '@/lib/model/settings';
import {
  ensurePersistentStorage,
  formatBytes,
  type StorageStatus,
} from '@/lib/storage/persistence';

function useStorageStatus(): StorageStatus | null {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    void ensurePersistentStorage().then(setStatus);
  }, []);
  return status;
}

/** The rep's preferences: interface language and their name as the owner of what they capture. */
export function SettingsView({ onBack }: { onBack: () => void }) {
  const { t, lang, settings, updateSettings, reportError } = useApp();
  const storage = useStorageStatus();
  const repName = useAutosavedText(
    'settings:repName',
    { text: settings.repName, at: 0 },
    async (text) => updateSettings({ repName: text }),
    reportError,
    // Stored trimmed (it is the owner of what the rep starts); the field keeps what was typed.
    { normalize: (text) => text.trim() },
  );

  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('settings.heading')}</h1>
      <div className="field">
        <label htmlFor="settings-language">{t('settings.language')}</label>
        <select
          id="settings-language"
          value={settings.language}
          onChange={(e) =>
            void updateSettings({ language: UiLanguage.parse(e.target.value) }).catch(reportError)
          }
        >
          {UiLanguage.options.map((option) => (
            <option key={option} value={option}>
              {t(`settings.language.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="settings-rep-name">{t('settings.repName')}</label>
        <input
          id="settings-rep-name"
          type="text"
          value={repName.value ?? settings.repName}
          onChange={(e) => repName.onChange(e.target.value)}
          aria-describedby="settings-rep-name-hint"
          autoComplete="name"
        />
        <p id="settings-rep-name-hint" className="field__hint">
          {t('settings.repName.hint')}
        </p>
        <SaveState state={repName.state} />
      </div>
      <section className="field" aria-labelledby="settings-storage">
        <h2 id="settings-storage">{t('settings.storage')}</h2>
        <p className="field__hint">{t('settings.dataLocation')}</p>
        {storage?.persisted === true ? <p>{t('settings.storage.persisted')}</p> : null}
        {storage?.persisted === false ? (
          <p role="note">{t('settings.storage.notPersisted')}</p>
        ) : null}
        {storage?.usageBytes != null ? (
          <p>
            {storage.quotaBytes != null
              ? t('settings.storage.usedOf', {
                  used: formatBytes(storage.usageBytes, lang),
                  quota: formatBytes(storage.quotaBytes, lang),
                })
              : t('settings.storage.used', { used: formatBytes(storage.usageBytes, lang) })}
          </p>
        ) : null}
      </section>
      <div>
        <button type="button" className="button button--quiet" onClick={onBack}>
          ← {t('settings.back')}
        </button>
      </div>
    </section>
  );
}
