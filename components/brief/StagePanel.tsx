import { useState } from 'react';
import { isBriefComplete, type BriefCompleteness } from '@/lib/brief/completeness';
import { StageChangeError } from '@/lib/brief/stageRules';
import { changeProspectStage, getDb } from '@/lib/db';
import { formatDateTime } from '@/lib/i18n';
import { STAGES, type LostReason, type Prospect, type Stage } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { LostReasonDetails } from './LostReasonDetails';
import { LostReasonForm } from './LostReasonForm';

/** Stages that say the needs are identified: "needs identified" and every step after it. */
const saysNeedsIdentified = (stage: Stage) =>
  stage !== 'lost' && STAGES.indexOf(stage) >= STAGES.indexOf('needs_identified');

/**
 * The funnel stage: move it by hand (a lost deal asks for a good refusal), and the history of
 * every change with its date, newest first. "Needs identified" without a filled brief is allowed
 * but warned about: the manager's funnel does not count it (DOMAIN.md).
 */
export function StagePanel({
  prospect,
  completeness,
}: {
  prospect: Prospect;
  completeness: Pick<BriefCompleteness, 'missing'>;
}) {
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
  const unfilled = saysNeedsIdentified(target) && !isBriefComplete(completeness);

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
      {unfilled ? (
        <p className="brief-stage__warning" role="status">
          <span aria-hidden="true">⚠ </span>
          {t('brief.stage.unfilledBrief', {
            missing: completeness.missing.map((id) => t(`brief.item.${id}`)).join(', '),
          })}
        </p>
      ) : null}
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
              <LostReasonDetails reason={change.lostReason} className="brief-history__reason" />
            ) : null}
            {change.note ? <p className="brief-history__note">{change.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
