import { useMemo } from 'react';
import { useApp } from '../app/AppContext';
import { useAutosavedText } from '../ui/useAutosavedText';

/**
 * One autosaved text field of an offer profile: a labelled input or textarea that saves as the
 * rep types (write-ahead log included) and follows edits made in another window.
 */
export function AutosavedField({
  id,
  docKey,
  label,
  value,
  at,
  onSave,
  multiline = false,
  rows = 2,
  hint,
  placeholder,
  autoFocus,
  maxLength,
}: {
  id: string;
  docKey: string;
  label: string;
  value: string;
  at: number;
  /** Rejects when the text was not stored: it is then kept (write-ahead log) and the error shown. */
  onSave: (text: string, at: number) => Promise<void>;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  placeholder?: string;
  autoFocus?: boolean;
  /** The model's limit for this text: typing or pasting past it would never be saved. */
  maxLength: number;
}) {
  const { reportError } = useApp();
  const stored = useMemo(() => ({ text: value, at }), [value, at]);
  const field = useAutosavedText(docKey, stored, onSave, reportError);
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value: field.value ?? value,
    onChange: (e: { target: { value: string } }) => field.onChange(e.target.value),
    placeholder,
    autoFocus,
    maxLength,
    'aria-describedby': hintId,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={rows} className="offer-textarea" spellCheck />
      ) : (
        <input {...common} type="text" />
      )}
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
