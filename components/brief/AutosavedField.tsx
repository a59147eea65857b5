import { useEffect, useRef } from 'react';
import { useApp } from '../app/AppContext';
import { useAutosavedText, type StoredText } from '../ui/useAutosavedText';

export interface AutosavedFieldProps {
  /** DOM id of the control; its label points at it. */
  id: string;
  /** Identifies the saved text for the write-ahead log (unique per field and record). */
  docKey: string;
  label: string;
  /** `undefined` while loading, `null` when nothing is saved yet. */
  stored: StoredText | null | undefined;
  /** Returns the text actually stored when it merged a change from another window. */
  save: (text: string, at: number, base: string) => Promise<string | void>;
  multiline?: boolean;
  placeholder?: string;
  autoFocus?: boolean;
  /** Keep the label for screen readers only (the section heading says it already). */
  labelHidden?: boolean;
}

/** One brief field that saves itself as the rep types; no save button anywhere. */
export function AutosavedField({
  id,
  docKey,
  label,
  stored,
  save,
  multiline = true,
  placeholder,
  autoFocus,
  labelHidden,
}: AutosavedFieldProps) {
  const { t, reportError } = useApp();
  const { value, onChange, state, changedElsewhere } = useAutosavedText(
    docKey,
    stored,
    save,
    reportError,
  );
  // The field is disabled until its text is loaded, so `autoFocus` alone would miss it.
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const ready = value !== null;
  useEffect(() => {
    if (autoFocus && ready) ref.current?.focus();
  }, [autoFocus, ready]);
  const status = changedElsewhere
    ? t('brief.changedElsewhere')
    : state === 'pending' || state === 'saving'
      ? t('brief.saving')
      : state === 'saved'
        ? t('brief.saved')
        : '';
  const common = {
    id,
    value: value ?? '',
    disabled: value === null,
    placeholder,
    ref,
    spellCheck: true,
  };
  return (
    <div className="brief-field">
      <div className="brief-field__head">
        <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'brief-field__label'}>
          {label}
        </label>
        <span className="brief-field__state" role="status" aria-live="polite">
          {status}
        </span>
      </div>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}
