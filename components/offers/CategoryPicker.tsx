import { CONCEPTS, type Concept } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { useConceptLabel } from '../usp/conceptLabel';

/**
 * A property's concept categories – the same list the brief's needs use – as removable chips and
 * a menu to add one. Saved on change.
 */
export function CategoryPicker({
  id,
  value,
  onChange,
}: {
  id: string;
  value: readonly Concept[];
  onChange: (next: Concept[]) => void;
}) {
  const { t, lang } = useApp();
  const label = useConceptLabel();
  const available = CONCEPTS.filter((c) => c !== 'other' && !value.includes(c)).sort((a, b) =>
    label(a).localeCompare(label(b), lang),
  );
  return (
    <div className="field">
      <span className="field__label" id={`${id}-label`}>
        {t('offers.property.categories')}
      </span>
      {value.length > 0 ? (
        <ul className="chips" aria-labelledby={`${id}-label`}>
          {value.map((c) => (
            <li key={c} className="chip">
              {label(c)}
              <button
                type="button"
                className="button button--danger"
                aria-label={t('offers.property.removeCategory', { category: label(c) })}
                onClick={() => onChange(value.filter((x) => x !== c))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <select
        id={id}
        aria-label={t('offers.property.addCategory')}
        value=""
        onChange={(e) => {
          const picked = CONCEPTS.find((c) => c === e.target.value);
          if (picked) onChange([...value, picked]);
        }}
      >
        <option value="">{t('offers.property.addCategory')}</option>
        {available.map((c) => (
          <option key={c} value={c}>
            {label(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
