import { useEffect, useRef, useState } from 'react';
import { useApp } from '@/components/app/AppContext';
import { applyImportPlan, getDb, planBundleImport, type BundleImportPlan } from '@/lib/db';
import { formatDateTime, type Translate } from '@/lib/i18n';
import type { Language } from '@/lib/model';
import { BUNDLE_TABLES, type Bundle, type BundleTable } from '@/lib/io/bundle';
import { isEmptyPlan, type ImportPlan, type MergeOptions } from '@/lib/io/merge';
import { MAX_BUNDLE_BYTES, parseBundle, type BundleProblem } from '@/lib/io/parseBundle';
import { bundleDetailText } from './importProblem';

interface ReviewState {
  kind: 'review';
  file: string;
  bundle: Bundle;
  plan: BundleImportPlan;
  /** The database changed under the report the rep confirmed: this is the new one, unwritten. */
  changed?: boolean;
}

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'problem'; file: string; problem: BundleProblem }
  | ReviewState
  | { kind: 'writing'; file: string }
  | { kind: 'done'; file: string; plan: ImportPlan }
  | { kind: 'failed'; file: string };

/** What the file is: how many prospects, who exported it and when (in the UI language). */
export function fileInfo(t: Translate, lang: Language, bundle: Bundle): string {
  return t('dashboard.import.fileInfo', {
    count: bundle.data.prospects.length,
    by: bundle.exportedBy || t('dashboard.noOwner'),
    date: formatDateTime(lang, bundle.exportedAt),
  });
}

export function mergeOptions(t: Translate, lang: Language, now: number): MergeOptions {
  return {
    now,
    lang,
    keptHeading: t('dashboard.import.keptHeading', { date: formatDateTime(lang, now) }),
    tableLabel: (table) => t(`dashboard.table.${table}`),
    copySuffix: t('dashboard.import.copySuffix'),
  };
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function ProblemMessage({ file, problem }: { file: string; problem: BundleProblem }) {
  const { t } = useApp();
  return (
    <div role="alert" className="import__problem">
      <p>
        <strong>{t(`dashboard.import.problem.${problem.code}`, { file })}</strong>
      </p>
      {problem.path && <p>{t('dashboard.import.problem.path', { path: problem.path })}</p>}
      {problem.detail && (
        <p className="muted">
          {t('dashboard.import.problem.detail', { detail: bundleDetailText(t, problem.detail) })}
        </p>
      )}
      <p>{t('dashboard.import.nothingWritten')}</p>
    </div>
  );
}

function Report({ plan }: { plan: ImportPlan }) {
  const { t } = useApp();
  const r = plan.report;
  const tables = BUNDLE_TABLES.filter((table) => {
    const c = r.tables[table];
    return c.added + c.updated + c.unchanged + c.conflicts > 0;
  });
  return (
    <>
      <table className="table">
        <caption>{t('dashboard.import.reportCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.import.records')}</th>
            <th scope="col">{t('dashboard.import.added')}</th>
            <th scope="col">{t('dashboard.import.updated')}</th>
            <th scope="col">{t('dashboard.import.unchanged')}</th>
            <th scope="col">{t('dashboard.import.conflicts')}</th>
          </tr>
        </thead>
        <tbody>
          {tables.map((table: BundleTable) => (
            <tr key={table}>
              <th scope="row">{t(`dashboard.table.${table}`)}</th>
              <td>{r.tables[table].added}</td>
              <td>{r.tables[table].updated}</td>
              <td>{r.tables[table].unchanged}</td>
              <td>{r.tables[table].conflicts}</td>
            </tr>
          ))}
          <tr className="table__total">
            <th scope="row">{t('dashboard.import.total')}</th>
            <td>{r.total.added}</td>
            <td>{r.total.updated}</td>
            <td>{r.total.unchanged}</td>
            <td>{r.total.conflicts}</td>
          </tr>
        </tbody>
      </table>
      {r.mergedByDomain.length > 0 && (
        <>
          <h3>{t('dashboard.import.mergedByDomain')}</h3>
          <ul>
            {r.mergedByDomain.slice(0, 50).map((m) => (
              <li key={`${m.fileName}|${m.domain}`}>
                {t('dashboard.import.mergedItem', {
                  file: m.fileName,
                  database: m.databaseName,
                  domain: m.domain,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.movedIds.length > 0 && (
        <p>
          {t('dashboard.import.movedIds', {
            count: r.movedIds.length,
            tables: [...new Set(r.movedIds.map((m) => t(`dashboard.table.${m.table}`)))].join(', '),
          })}
        </p>
      )}
      {r.conflicts.length > 0 && (
        <>
          <h3>{t('dashboard.import.conflictsHeading')}</h3>
          <p>{t('dashboard.import.conflictsHint')}</p>
          <ul className="import__conflicts">
            {r.conflicts.slice(0, 100).map((c) => (
              <li key={`${c.table}|${c.key}`}>
                <strong>
                  {t(`dashboard.table.${c.table}`)} · {c.prospectName}
                </strong>{' '}
                —{' '}
                {c.winner === 'file'
                  ? t('dashboard.import.winnerFile')
                  : t('dashboard.import.winnerDatabase')}
                <blockquote>{clip(c.keptText, 300)}</blockquote>
              </li>
            ))}
          </ul>
          {r.conflicts.length > 100 && (
            <p>{t('dashboard.import.moreConflicts', { count: r.conflicts.length - 100 })}</p>
          )}
        </>
      )}
    </>
  );
}

/** Import of a JSON bundle: check the file, show what it would change, write it all only on confirm. */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const { t, lang } = useApp();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const chooser = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (state.kind === 'review' && !d.open) {
      d.showModal();
      returnFocus.current = true;
    }
    if (state.kind !== 'review' && d.open) d.close();
    // The report closed (Escape, Cancel, or written): the keyboard is back on "Load file…".
    if (returnFocus.current && state.kind !== 'review' && state.kind !== 'writing') {
      returnFocus.current = false;
      chooser.current?.focus();
    }
  }, [state.kind]);

  const choose = async (file: File) => {
    setState({ kind: 'reading', file: file.name });
    if (file.size > MAX_BUNDLE_BYTES) {
      setState({
        kind: 'problem',
        file: file.name,
        problem: {
          code: 'too_large',
          path: '',
          detail: { code: 'size', mb: Math.round(file.size / 1e6) },
        },
      });
      return;
    }
    try {
      // Moved, renamed or deleted since it was picked, or no access: say so, naming the file.
      const text = await file.text().catch((error: unknown) => {
        console.error(error);
        return null;
      });
      if (text === null) {
        setState({ kind: 'problem', file: file.name, problem: { code: 'unreadable', path: '' } });
        return;
      }
      const parsed = parseBundle(text);
      if (!parsed.ok) {
        setState({ kind: 'problem', file: file.name, problem: parsed.problem });
        return;
      }
      const plan = await planBundleImport(
        getDb(),
        parsed.bundle.data,
        mergeOptions(t, lang, Date.now()),
      );
      setState({ kind: 'review', file: file.name, bundle: parsed.bundle, plan });
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed', file: file.name });
    }
  };

  const confirm = async (review: ReviewState) => {
    const { file } = review;
    setState({ kind: 'writing', file });
    try {
      const outcome = await applyImportPlan(getDb(), review.plan);
      if (!outcome.written) {
        setState({ ...review, plan: outcome.plan, changed: true });
        return;
      }
      setState({ kind: 'done', file, plan: outcome.plan });
      onImported();
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed', file });
    }
  };

  return (
    <section className="import" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('dashboard.import.heading')}</h2>
      <p className="muted">{t('dashboard.import.hint')}</p>
      <input
        ref={input}
        id="import-file"
        type="file"
        accept=".json,application/json"
        // The button below is the control; the input only opens the file picker.
        aria-label={t('dashboard.import.choose')}
        tabIndex={-1}
        className="visually-hidden"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void choose(file);
        }}
      />
      <button
        ref={chooser}
        type="button"
        className="button"
        onClick={() => input.current?.click()}
        disabled={state.kind === 'reading' || state.kind === 'writing'}
        aria-busy={state.kind === 'reading' || state.kind === 'writing' || undefined}
      >
        {t('dashboard.import.choose')}
      </button>
      {state.kind === 'reading' && (
        <p role="status">{t('dashboard.import.reading', { file: state.file })}</p>
      )}
      {state.kind === 'writing' && <p role="status">{t('dashboard.import.writing')}</p>}
      {state.kind === 'problem' && <ProblemMessage file={state.file} problem={state.problem} />}
      {state.kind === 'failed' && (
        <p role="alert" className="field__error">
          {t('dashboard.import.failed')}
        </p>
      )}
      {state.kind === 'done' && (
        <p role="status" className="notice">
          {t('dashboard.import.done', {
            added: state.plan.report.total.added,
            updated: state.plan.report.total.updated,
            count: state.plan.report.total.conflicts,
          })}
        </p>
      )}
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby="import-report-heading"
        onClose={() => state.kind === 'review' && setState({ kind: 'idle' })}
      >
        {state.kind === 'review' && (
          <>
            <h2 id="import-report-heading">
              {t('dashboard.import.reportHeading', { file: state.file })}
            </h2>
            <p>{fileInfo(t, lang, state.bundle)}</p>
            {state.changed && (
              <p role="alert" className="notice">
                {t('dashboard.import.changedMeanwhile')}
              </p>
            )}
            <Report plan={state.plan} />
            <div className="dialog__actions">
              {isEmptyPlan(state.plan) ? (
                <p role="status">{t('dashboard.import.nothingToDo')}</p>
              ) : (
                <button type="button" className="button" onClick={() => void confirm(state)}>
                  {t('dashboard.import.confirm')}
                </button>
              )}
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setState({ kind: 'idle' })}
              >
                {t('dashboard.import.cancel')}
              </button>
            </div>
          </>
        )}
      </dialog>
    </section>
  );
}
