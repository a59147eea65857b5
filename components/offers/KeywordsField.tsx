import { useMemo, useState } from 'react';
import { useApp } from '../app/AppContext';
import { useAutosavedText } from '../ui/useAutosavedText';
import { keywordsText, parseKeywords } from './keywords';

/** A property's keywords as one comma-separated line, autosaved as a list. */
export function KeywordsField({
  id,
  docKey,
  keywords,
  at,
  onSave,
}: {
  id: string;
  docKey: string;
  keywords: readonly string[];
  at: number;
  onSave: (keywords: string[], at: number) => Promise<void>;
}) {
  const { t, reportError } = useApp();
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const text = keywordsText(keywords, typed);
  const stored = useMemo(() => ({ text, at }), [text, at]);
  const field = useAutosavedText(
    docKey,
    stored,
    (value, when) => onSave(parseKeywords(value), when),
    reportError,
  );
  return (
    <div className="field">
      <label htmlFor={id}>{t('offers.property.keywords')}</label>
      <input
        id={id}
        type="text"
        value={field.value ?? text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setTyped(e.target.value);
          field.onChange(e.target.value);
        }}
      />
      <span id={`${id}-hint`} className="field__hint">
        {t('offers.property.keywordsHint')}
      </span>
    </div>
  );
}
