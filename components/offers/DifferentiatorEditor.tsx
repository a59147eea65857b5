import { DIFFERENTIATOR_KINDS, OFFER_TEXT_MAX, type OfferProfile } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { AutosavedField } from './AutosavedField';
import { offerItemKey } from './itemKey';

type Differentiator = OfferProfile['differentiators'][number];

/** What sets us apart around the product: service, loyalty, precision, deadlines, our name. */
export function DifferentiatorEditor({
  profileId,
  item,
  index,
  at,
  onChange,
  onRemove,
  autoFocus,
}: {
  profileId: string;
  item: Differentiator;
  index: number;
  at: number;
  onChange: (patch: Partial<Differentiator>, at?: number) => Promise<void>;
  onRemove: () => void;
  autoFocus?: boolean;
}) {
  const { t, reportError } = useApp();
  const id = `offer-diff-${item.id}`;
  return (
    <fieldset className="offer-item">
      <legend>{t('offers.differentiator.legend', { n: index + 1 })}</legend>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('offers.differentiator.kind')}</label>
        <select
          id={`${id}-kind`}
          value={item.kind}
          onChange={(e) => {
            const kind = DIFFERENTIATOR_KINDS.find((k) => k === e.target.value);
            if (kind) void onChange({ kind }).catch(reportError);
          }}
        >
          {DIFFERENTIATOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`offers.differentiator.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <AutosavedField
        id={`${id}-statement`}
        docKey={`${offerItemKey(profileId, 'differentiators', item.id)}:statement`}
        label={t('offers.differentiator.statement')}
        value={item.statement}
        at={at}
        maxLength={OFFER_TEXT_MAX}
        multiline
        autoFocus={autoFocus}
        onSave={(text, when) => onChange({ statement: text }, when)}
      />
      <button type="button" className="button button--danger offer-item__remove" onClick={onRemove}>
        {t('offers.differentiator.remove')}
      </button>
    </fieldset>
  );
}
