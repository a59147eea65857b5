import { useState } from 'react';
import { useApp } from '@/components/app/AppContext';
import type { CsvDelimiter } from '@/lib/io/csv';
import type { ExportFormat } from './exporter';
import type { LoadedRecords } from './records';

/** Export of all prospects or the filtered ones, in the format a manager's tool opens. */
export function ExportPanel({
  filteredIds,
  total,
  ready,
  records,
}: {
  filteredIds: string[];
  total: number;
  /** Every prospect is loaded, so the filtered set is final (a moment after the first paint). */
  ready: boolean;
  /** What the page holds once its background load is done: the spreadsheets are made of it. */
  records: LoadedRecords | null;
}) {
  const { t, settings, lang } = useApp();
  const [scope, setScope] = useState<'all' | 'filtered'>('filtered');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(lang === 'ru' ? ';' : ',');
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const filtered = ready && filteredIds.length < total;
  const effective = filtered ? scope : 'all';
  const count = effective === 'all' ? total : filteredIds.length;

  const start = async (format: ExportFormat) => {
    setResult(null);
    setProgress(0);
    try {
      // The writers (CSV, zip, bundle) load on the first export, not with the page.
      const { runExport } = await import('./exporter');
      const name = await runExport({
        format,
        scope: { kind: effective },
        prospectIds: effective === 'all' ? undefined : filteredIds,
        delimiter,
        repName: settings.repName,
        t,
        lang,
        onProgress: setProgress,
        records,
      });
      setResult({ ok: true, text: t('dashboard.export.done', { file: name }) });
    } catch (error) {
      console.error(error);
      setResult({ ok: false, text: t('dashboard.export.failed') });
    } finally {
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <section className="export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('dashboard.export.heading')}</h2>
      <fieldset className="export__scope">
        <legend>{t('dashboard.export.scope')}</legend>
        <label>
          <input
            type="radio"
            name="export-scope"
            checked={effective === 'filtered'}
            disabled={!filtered}
            onChange={() => setScope('filtered')}
          />
          {t('dashboard.export.scope.filtered', { count: filteredIds.length })}
        </label>
        <label>
          <input
            type="radio"
            name="export-scope"
            checked={effective === 'all'}
            onChange={() => setScope('all')}
          />
          {t('dashboard.export.scope.all', { count: total })}
        </label>
      </fieldset>
      <label className="export__delimiter">
        {t('dashboard.export.delimiter')}
        <select value={delimiter} onChange={(e) => setDelimiter(e.target.value as CsvDelimiter)}>
          <option value=",">{t('dashboard.export.delimiter.comma')}</option>
          <option value=";">{t('dashboard.export.delimiter.semicolon')}</option>
        </select>
      </label>
      <div className="export__buttons">
        <button
          type="button"
          className="button"
          disabled={busy || !ready || count === 0}
          aria-busy={busy || undefined}
          onClick={() => void start('xlsx')}
        >
          {t('dashboard.export.xlsx')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || !ready || count === 0}
          aria-busy={busy || undefined}
          onClick={() => void start('csv')}
        >
          {t('dashboard.export.csv')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={busy || !ready || count === 0}
          aria-busy={busy || undefined}
          onClick={() => void start('json')}
        >
          {t('dashboard.export.json')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={busy || !ready || count === 0}
          aria-busy={busy || undefined}
          onClick={() => void start('markdown')}
        >
          {t('dashboard.export.markdown')}
        </button>
      </div>
      {busy && (
        <div className="export__progress">
          <progress max={1} value={progress} aria-label={t('dashboard.export.progress')} />
          <span>{Math.round((progress ?? 0) * 100)}%</span>
        </div>
      )}
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'notice' : 'field__error'}>
          {result.text}
        </p>
      )}
    </section>
  );
}
