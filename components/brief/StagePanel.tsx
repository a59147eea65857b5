import { useState } from 'react';
import { StageChangeError } from '@/lib/brief/stageRules';
import { changeProspectStage, getDb } from '@/lib/db';
import { formatDateTime } from '@/lib/i18n';
import { STAGES, type LostReason, type Prospect, type Stage } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { LostReasonForm } from './LostReasonForm';

/**
 * The funnel stage: move it by hand (a lost deal asks for a good refusal), and the history of
 * every change with its date, newest first.
 */
export function StagePanel({ prospect }: { prospect: Prospect }) {
  const { t, lang, settings, reportError } = useApp();
  const [target, setTarget] = useState<Stage>(prospect.stage);
  const [refused, setRefused] = useState(false);

  const move = async (to: Stage, lostReason?: LostReason): Promise<boolean> => {
    try {
      await changeProspectStage(getDb(), prospect.id, to, {
        at: Date.now(),
        by: settings.repName,
        lostReason,
      });
      setRefused(false);
      return true;
    } catch (error) {
      if (error instanceof StageChangeError) setRefused(true);
      else reportError(error);
      return false;
    }
  };

  const history = [...prospect.stageHistory].reverse();

  return (
    <section className="brief-block" aria-labelledby="brief-stage-heading">
      <h3 id="brief-stage-heading">{t('brief.stage.heading')}</h3>
      <p>{t('brief.stage.current', { stage: t(`stage.${prospect.stage}`) })}</p>
      <div className="brief-stage__change">
        <div className="field">
          <label htmlFor="brief-stage-select">{t('brief.stage.select')}</label>
          <select
            id="brief-stage-select"
            value={target}
            onChange={(e) => setTarget(e.target.value as Stage)}
          >
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stage.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {target !== 'lost' ? (
          <button
            type="button"
            className="button"
            disabled={target === prospect.stage}
            onClick={() => void move(target)}
          >
            {t('brief.stage.change')}
          </button>
        ) : null}
      </div>
      {target === 'lost' && prospect.stage !== 'lost' ? (
        <LostReasonForm prospectId={prospect.id} onSubmit={(reason) => move('lost', reason)} />
      ) : null}
      {refused ? (
        <p className="field__error" role="alert">
          {t('brief.lost.whyRequired')}
        </p>
      ) : null}
      <h4 id="brief-history-heading">{t('brief.stage.history')}</h4>
      {history.length === 0 ? <p className="status">{t('brief.stage.historyEmpty')}</p> : null}
      <ol className="brief-history" aria-labelledby="brief-history-heading">
        {history.map((change, i) => (
          <li key={`${change.at}-${i}`}>
            <strong>{t(`stage.${change.stage}`)}</strong>{' '}
            <time dateTime={new Date(change.at).toISOString()}>
              {formatDateTime(lang, change.at)}
            </time>
            {change.by ? (
              <span className="status"> · {t('brief.stage.by', { name: change.by })}</span>
            ) : null}
            {change.lostReason ? (
              <dl className="brief-history__reason">
                {(['why', 'unmetCriteria', 'ourStrengths', 'howWeDiffer'] as const)
                  .filter((f) => change.lostReason![f].trim() !== '')
                  .map((f) => (
                    <div key={f}>
                      <dt>{t(`brief.lost.${f}`)}</dt>
                      <dd>{change.lostReason![f]}</dd>
                    </div>
                  ))}
              </dl>
            ) : null}
            {change.note ? <p className="brief-history__note">{change.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
