import { useState } from 'react';
import type { StageSuggestion as Suggestion } from '@/lib/brief/stageRules';
import { changeProspectStage, getDb } from '@/lib/db';
import type { Prospect } from '@/lib/model';
import { useApp } from '../app/AppContext';

/**
 * The move the data shows ("needs identified" once the brief is complete, "first contact" once a
 * decision maker is reached). The rep confirms; "Not now" hides it for this panel session.
 */
export function StageSuggestion({
  prospect,
  suggestion,
}: {
  prospect: Prospect;
  suggestion: Suggestion | null;
}) {
  const { t, settings, reportError } = useApp();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const key = suggestion ? `${prospect.stage}>${suggestion.to}` : null;
  const visible = suggestion && dismissed !== key;

  const accept = async () => {
    if (!suggestion) return;
    try {
      await changeProspectStage(getDb(), prospect.id, suggestion.to, {
        at: Date.now(),
        by: settings.repName,
      });
      setMoved(t('brief.stage.moved', { stage: t(`stage.${suggestion.to}`) }));
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <div role="status" aria-live="polite">
      {visible ? (
        <div className="brief-suggestion">
          <p>{t(`brief.stage.suggest.${suggestion.reason}`)}</p>
          <div className="brief-suggestion__actions">
            <button type="button" className="button" onClick={() => void accept()}>
              {t('brief.stage.accept', { stage: t(`stage.${suggestion.to}`) })}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setDismissed(key)}
            >
              {t('brief.stage.dismiss')}
            </button>
          </div>
        </div>
      ) : moved ? (
        <p className="notice">✓ {moved}</p>
      ) : null}
    </div>
  );
}
