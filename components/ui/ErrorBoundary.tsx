import { Component, type ErrorInfo, type ReactNode } from 'react';
import { classifyStorageError } from '@/lib/db/errors';
import { useApp } from '../app/AppContext';

/** Offers the raw database as a file: the way out when the current version cannot open it. */
function RescueButton() {
  const { t, reportError } = useApp();
  const save = async () => {
    try {
      const { readRawDatabase } = await import('@/lib/db/rescue');
      const dump = await readRawDatabase();
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(dump)], { type: 'application/json' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = `dealbrief-rescue-${dump.exportedAt.slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <button type="button" className="button" onClick={() => void save()}>
      {t('error.rescue.download')}
    </button>
  );
}

function ErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useApp();
  const problem = classifyStorageError(error);
  const message = problem === 'unknown' ? t('error.crashed') : t(`error.storage.${problem}`);
  return (
    <section className="error-banner" role="alert">
      <p>{message}</p>
      <div className="actions">
        {problem === 'upgrade' || problem === 'version' ? <RescueButton /> : null}
        <button type="button" className="button button--quiet" onClick={onRetry}>
          {t('error.retry')}
        </button>
      </div>
    </section>
  );
}

/**
 * Catches what a screen throws (a database that cannot open, a bug) and says what happened
 * instead of leaving a blank panel; the rest of the panel keeps working.
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey?: string },
  { error: unknown }
> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override componentDidUpdate(previous: { resetKey?: string }) {
    // A new tab or prospect gets a fresh try.
    if (previous.resetKey !== this.props.resetKey && this.state.error)
      this.setState({ error: null });
  }

  override render() {
    if (this.state.error)
      return (
        <ErrorScreen error={this.state.error} onRetry={() => this.setState({ error: null })} />
      );
    return this.props.children;
  }
}
