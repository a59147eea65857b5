import { useMemo } from 'react';
import { useApp } from '../app/AppContext';
import { useAutosavedText } from '../ui/useAutosavedText';

/**
 * One text field of a person that saves itself as the rep types (write-ahead log included), and
 * follows changes made in another panel when nothing is pending here.
 */
export function AutosavedField({
  id,
  label,
  docKey,
  value,
  at,
  save,
  multiline = false,
  maxLength,
  placeholder,
}: {
  id: string;
  label: string;
  docKey: string;
  value: string;
  at: number;
  save: (text: string, at: number) => Promise<void>;
  multiline?: boolean;
  maxLength?: number;
  placeholder?: string;
}) {
  const { reportError } = useApp();
  // Only a new stored text is news; a save of another field (a new `at`) must not reset this one.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stored = useMemo(() => ({ text: value, at }), [value]);
  const field = useAutosavedText(docKey, stored, save, reportError);
  const common = {
    id,
    value: field.value ?? value,
    maxLength,
    placeholder,
    disabled: field.value === null,
  };
  return (
    <div className="field people-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => field.onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => field.onChange(e.target.value)} />
      )}
    </div>
  );
}
