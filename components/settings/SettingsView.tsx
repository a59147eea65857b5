import { useApp } from '../app/AppContext';
import { useAutosavedText } from '../ui/useAutosavedText';
import { SaveState } from '../ui/SaveState';
import { UiLanguage } from '@/lib/model/settings';

/** The rep's preferences: interface language and their name as the owner of what they capture. */
export function SettingsView({ onBack }: { onBack: () => void }) {
  const { t, settings, updateSettings, reportError } = useApp();
  const repName = useAutosavedText(
    'settings:repName',
    { text: settings.repName, at: 0 },
    async (text) => updateSettings({ repName: text.trim() }),
    reportError,
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
      <p className="field__hint">{t('settings.dataLocation')}</p>
      <div>
        <button type="button" className="button button--quiet" onClick={onBack}>
          ← {t('settings.back')}
        </button>
      </div>
    </section>
  );
}
