import type { OfferProperty } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { AutosavedField } from './AutosavedField';
import { CategoryPicker } from './CategoryPicker';
import { KeywordsField } from './KeywordsField';

/**
 * One property of the offer: what we promise, in which concepts, with which proof and on which
 * conditions. Every field saves as the rep types.
 */
export function PropertyEditor({
  profileId,
  property,
  index,
  at,
  onChange,
  onRemove,
  autoFocus,
}: {
  profileId: string;
  property: OfferProperty;
  index: number;
  at: number;
  onChange: (patch: Partial<OfferProperty>, at?: number) => Promise<void>;
  onRemove: () => void;
  autoFocus?: boolean;
}) {
  const { t } = useApp();
  const key = `offer:${profileId}:property:${property.id}`;
  const id = `offer-property-${property.id}`;
  return (
    <fieldset className="offer-item">
      <legend>{t('offers.property.legend', { n: index + 1 })}</legend>
      <AutosavedField
        id={`${id}-statement`}
        docKey={`${key}:statement`}
        label={t('offers.property.statement')}
        hint={t('offers.property.statementHint')}
        value={property.statement}
        at={at}
        multiline
        autoFocus={autoFocus}
        onSave={(text, when) => onChange({ statement: text }, when)}
      />
      <CategoryPicker
        id={`${id}-categories`}
        value={property.categories}
        onChange={(categories) => void onChange({ categories })}
      />
      <KeywordsField
        id={`${id}-keywords`}
        docKey={`${key}:keywords`}
        keywords={property.keywords}
        at={at}
        onSave={(keywords, when) => onChange({ keywords }, when)}
      />
      {property.learnedFrom.length > 0 ? (
        <div className="offer-learned">
          <p className="status" id={`${id}-learned`}>
            {t('offers.property.learned', { count: property.learnedFrom.length })}
          </p>
          <ul className="offer-learned__list" aria-labelledby={`${id}-learned`}>
            {property.learnedFrom.map((pain) => (
              <li key={pain}>
                <q>{pain}</q>{' '}
                <button
                  type="button"
                  className="button button--quiet offer-learned__forget"
                  aria-label={t('offers.property.forget', { pain })}
                  title={t('offers.property.forget', { pain })}
                  onClick={() =>
                    void onChange({ learnedFrom: property.learnedFrom.filter((p) => p !== pain) })
                  }
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <p className="field__hint">{t('offers.property.learnedHint')}</p>
        </div>
      ) : null}
      <AutosavedField
        id={`${id}-proof`}
        docKey={`${key}:proof`}
        label={t('offers.property.proof')}
        hint={t('offers.property.proofHint')}
        value={property.proof}
        at={at}
        onSave={(text, when) => onChange({ proof: text }, when)}
      />
      <AutosavedField
        id={`${id}-conditions`}
        docKey={`${key}:conditions`}
        label={t('offers.property.conditions')}
        value={property.conditions}
        at={at}
        onSave={(text, when) => onChange({ conditions: text }, when)}
      />
      <button type="button" className="button button--danger offer-item__remove" onClick={onRemove}>
        {t('offers.property.remove')}
      </button>
    </fieldset>
  );
}
