import { useEffect, useState } from 'react';
import type { LostReason } from '@/lib/model';
import { useApp } from '../app/AppContext';

type Draft = { why: string; unmetCriteria: string; ourStrengths: string; howWeDiffer: string };
const EMPTY: Draft = { why: '', unmetCriteria: '', ourStrengths: '', howWeDiffer: '' };
const FIELDS = ['why', 'unmetCriteria', 'ourStrengths', 'howWeDiffer'] as const;

/** The draft survives the panel closing before the rep confirms (nothing typed is lost). */
function useDraft(prospectId: string): [Draft, (d: Draft) => void, () => void] {
  const key = `dealbrief:lost-draft:${prospectId}`;
  const [draft, setDraft] = useState<Draft>(() => {
    try {
      const raw = localStorage.getItem(key);
      const parsed = raw ? (JSON.parse(raw) as Partial<Draft>) : {};
      return {
        ...EMPTY,
        ...Object.fromEntries(FIELDS.map((f) => [f, String(parsed[f] ?? '')])),
      };
    } catch {
      return EMPTY;
    }
  });
  useEffect(() => {
    try {
      if (FIELDS.some((f) => draft[f] !== '')) localStorage.setItem(key, JSON.stringify(draft));
    } catch {
      // A full or blocked localStorage only loses the crash copy; the form still works.
    }
  }, [key, draft]);
  const clear = () => {
    localStorage.removeItem(key);
    setDraft(EMPTY);
  };
  return [draft, setDraft, clear];
}

/** A good refusal: why, which criteria they don't meet, what we do well, how we differ. */
export function LostReasonForm({
  prospectId,
  onSubmit,
}: {
  prospectId: string;
  onSubmit: (reason: LostReason) => Promise<boolean>;
}) {
  const { t } = useApp();
  const [draft, setDraft, clear] = useDraft(prospectId);
  const [error, setError] = useState(false);

  const submit = async () => {
    if (draft.why.trim() === '') {
      setError(true);
      document.getElementById('brief-lost-why')?.focus();
      return;
    }
    setError(false);
    if (await onSubmit(draft)) clear();
  };

  return (
    <fieldset className="brief-lost">
      <legend>{t('brief.lost.heading')}</legend>
      <p className="brief-hint">{t('brief.lost.intro')}</p>
      {FIELDS.map((f) => (
        <div key={f} className="field">
          <label htmlFor={`brief-lost-${f}`}>{t(`brief.lost.${f}`)}</label>
          <textarea
            id={`brief-lost-${f}`}
            rows={2}
            value={draft[f]}
            aria-invalid={f === 'why' && error ? true : undefined}
            aria-describedby={f === 'why' && error ? 'brief-lost-error' : undefined}
            onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
          />
          {f === 'why' && error ? (
            <p id="brief-lost-error" className="field__error" role="alert">
              {t('brief.lost.whyRequired')}
            </p>
          ) : null}
        </div>
      ))}
      <button type="button" className="button" onClick={() => void submit()}>
        {t('brief.lost.submit')}
      </button>
    </fieldset>
  );
}
