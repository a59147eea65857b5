import { useApp } from '../app/AppContext';

/** The one place errors are shown: announced to screen readers, dismissable. */
export function ErrorBanner() {
  const { errorKey, t, dismissError } = useApp();
  if (!errorKey) return null;
  return (
    <div className="error-banner" role="alert">
      <p>{t(errorKey)}</p>
      <button type="button" className="button button--quiet" onClick={dismissError}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
