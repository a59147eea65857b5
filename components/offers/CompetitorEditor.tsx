import { OFFER_NAME_MAX, OFFER_TEXT_MAX, type OfferProfile } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { AutosavedField } from './AutosavedField';
import { offerItemKey } from './itemKey';

type Competitor = OfferProfile['competitors'][number];

/** A competitor and what it does worse or does not do: the draft sets us apart from it. */
export function CompetitorEditor({
  profileId,
  item,
  index,
  at,
  onChange,
  onRemove,
  autoFocus,
}: {
  profileId: string;
  item: Competitor;
  index: number;
  at: number;
  onChange: (patch: Partial<Competitor>, at?: number) => Promise<void>;
  onRemove: () => void;
  autoFocus?: boolean;
}) {
  const { t } = useApp();
  const id = `offer-competitor-${item.id}`;
  const key = offerItemKey(profileId, 'competitors', item.id);
  return (
    <fieldset className="offer-item">
      <legend>{t('offers.competitor.legend', { n: index + 1 })}</legend>
      <AutosavedField
        id={`${id}-name`}
        docKey={`${key}:name`}
        label={t('offers.competitor.name')}
        value={item.name}
        at={at}
        maxLength={OFFER_NAME_MAX}
        autoFocus={autoFocus}
        onSave={(text, when) => onChange({ name: text }, when)}
      />
      <AutosavedField
        id={`${id}-weaknesses`}
        docKey={`${key}:weaknesses`}
        label={t('offers.competitor.weaknesses')}
        hint={t('offers.competitor.weaknessesHint')}
        value={item.weaknesses}
        at={at}
        maxLength={OFFER_TEXT_MAX}
        multiline
        onSave={(text, when) => onChange({ weaknesses: text }, when)}
      />
      <button type="button" className="button button--danger offer-item__remove" onClick={onRemove}>
        {t('offers.competitor.remove')}
      </button>
    </fieldset>
  );
}
