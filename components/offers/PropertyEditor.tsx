import { OFFER_TEXT_MAX, type OfferProperty } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { AutosavedField } from './AutosavedField';
import { CategoryPicker } from './CategoryPicker';
import { offerItemKey } from './itemKey';
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
  const { t, reportError } = useApp();
  const key = offerItemKey(profileId, 'properties', property.id);
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
        maxLength={OFFER_TEXT_MAX}
        multiline
        autoFocus={autoFocus}
        onSave={(text, when) => onChange({ statement: text }, when)}
      />
      <CategoryPicker
        id={`${id}-categories`}
        value={property.categories}
        onChange={(categories) => void onChange({ categories }).catch(reportError)}
      />
      <KeywordsField
        id={`${id}-keywords`}
        docKey={`${key}:keywords`}
        keywords={property.keywords}
        at={at}
        onSave={(keywords, when) => onChange({ keywords }, when)}
      />
      <AutosavedField
        id={`${id}-proof`}
        docKey={`${key}:proof`}
        label={t('offers.property.proof')}
        hint={t('offers.property.proofHint')}
        value={property.proof}
        at={at}
        maxLength={OFFER_TEXT_MAX}
        multiline
        onSave={(text, when) => onChange({ proof: text }, when)}
      />
      <AutosavedField
        id={`${id}-conditions`}
        docKey={`${key}:conditions`}
        label={t('offers.property.conditions')}
        value={property.conditions}
        at={at}
        maxLength={OFFER_TEXT_MAX}
        multiline
        onSave={(text, when) => onChange({ conditions: text }, when)}
      />
      <button type="button" className="button button--danger offer-item__remove" onClick={onRemove}>
        {t('offers.property.remove')}
      </button>
    </fieldset>
  );
}
