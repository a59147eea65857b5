import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb, getOfferProfile, updateOfferProfile } from '@/lib/db';
import { flushAutosaves } from '@/lib/autosave/autosaver';
import { newId, OFFER_NAME_MAX, type OfferProfile } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { AutosavedField } from './AutosavedField';
import { CompetitorEditor } from './CompetitorEditor';
import { DifferentiatorEditor } from './DifferentiatorEditor';
import { offerItemKey, type OfferListName } from './itemKey';
import { PropertyEditor } from './PropertyEditor';

type ListName = OfferListName;
type Item<L extends ListName> = OfferProfile[L][number];
type Edit = (p: OfferProfile) => Partial<OfferProfile>;

interface Removed {
  list: ListName;
  item: Item<ListName>;
  index: number;
}

const BLANK: { [L in ListName]: () => Item<L> } = {
  properties: () => ({
    id: newId(),
    statement: '',
    categories: [],
    keywords: [],
    proof: '',
    conditions: '',
  }),
  differentiators: () => ({ id: newId(), kind: 'service', statement: '' }),
  competitors: () => ({ id: newId(), name: '', weaknesses: '' }),
};

/** One offer profile: its name, properties, differentiators and competitors, all autosaved. */
export function ProfileEditor({ profileId, onBack }: { profileId: string; onBack: () => void }) {
  const { t, reportError } = useApp();
  const profile = useLiveQuery(
    async () => (await getOfferProfile(getDb(), profileId)) ?? null,
    [profileId],
  );
  const [added, setAdded] = useState<string | null>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);

  /**
   * Stores a change; rejects when it could not be stored (disk full, a text over the model's
   * limit, the item gone), so an autosaved field keeps its write-ahead copy and says so.
   */
  const save = async (edit: Edit, at = Date.now()): Promise<void> => {
    await updateOfferProfile(getDb(), profileId, edit, at);
  };
  /** A one-off change (add, a choice in a list): its failure is reported here. */
  const run = (edit: Edit) => void save(edit).catch(reportError);
  function saveItem<L extends ListName>(list: L, id: string) {
    return (change: Partial<Item<L>>, at?: number) =>
      save((p) => {
        const items = p[list] as Item<L>[];
        // Removed meanwhile (here or in another window): not saved, so the text stays kept.
        if (!items.some((x) => x.id === id)) throw new Error(`Offer ${list} item ${id} not found`);
        return { [list]: items.map((x) => (x.id === id ? { ...x, ...change } : x)) };
      }, at);
  }
  function add<L extends ListName>(list: L) {
    const item = BLANK[list]();
    setAdded(item.id);
    run((p) => ({ [list]: [...p[list], item] }));
  }
  async function remove(list: ListName, id: string) {
    // What was typed into the item a moment ago is saved first, so Undo brings it back.
    await flushAutosaves(offerItemKey(profileId, list, id));
    const taken: { removed?: Removed } = {};
    try {
      await save((p) => {
        const index = p[list].findIndex((x) => x.id === id);
        if (index < 0) return {};
        taken.removed = { list, item: p[list][index]!, index };
        return { [list]: p[list].filter((x) => x.id !== id) };
      });
      if (taken.removed) setRemoved(taken.removed);
    } catch (error) {
      reportError(error);
    }
  }
  const undo = async () => {
    if (!removed) return;
    const { list, item, index } = removed;
    try {
      await save((p) => {
        const next = [...p[list]] as Item<ListName>[];
        if (!next.some((x) => x.id === item.id)) next.splice(Math.min(index, next.length), 0, item);
        return { [list]: next };
      });
      setRemoved(null);
    } catch (error) {
      reportError(error);
    }
  };

  if (profile === undefined) return <p className="status">{t('app.loading')}</p>;
  if (profile === null)
    return (
      <div className="offers">
        <p className="status">{t('offers.editor.gone')}</p>
        <button type="button" className="button button--quiet" onClick={onBack}>
          ← {t('offers.editor.back')}
        </button>
      </div>
    );

  const at = profile.updatedAt;
  return (
    <section className="offers" aria-labelledby="offer-editor-heading">
      <div className="offers__head">
        <button type="button" className="button button--quiet" onClick={onBack}>
          ← {t('offers.editor.back')}
        </button>
      </div>
      <h2 id="offer-editor-heading">{profile.name.trim() || t('offers.untitled')}</h2>
      <AutosavedField
        id="offer-name"
        docKey={`offer:${profile.id}:name`}
        label={t('offers.editor.name')}
        value={profile.name}
        at={at}
        autoFocus={profile.name === ''}
        maxLength={OFFER_NAME_MAX}
        onSave={(text, when) => save(() => ({ name: text }), when)}
      />
      <div role="status" aria-live="polite">
        {removed ? (
          <p className="notice">
            {t('offers.editor.removed')}{' '}
            <button type="button" className="button button--quiet" onClick={() => void undo()}>
              {t('offers.editor.undo')}
            </button>
          </p>
        ) : null}
      </div>

      <section aria-labelledby="offer-properties-heading" className="offers__group">
        <h3 id="offer-properties-heading">{t('offers.properties.heading')}</h3>
        <p className="field__hint">{t('offers.properties.hint')}</p>
        {profile.properties.length === 0 ? (
          <p className="status">{t('offers.properties.empty')}</p>
        ) : null}
        {profile.properties.map((p, i) => (
          <PropertyEditor
            key={p.id}
            profileId={profile.id}
            property={p}
            index={i}
            at={at}
            autoFocus={added === p.id}
            onChange={saveItem('properties', p.id)}
            onRemove={() => void remove('properties', p.id)}
          />
        ))}
        <button type="button" className="button button--quiet" onClick={() => add('properties')}>
          + {t('offers.properties.add')}
        </button>
      </section>

      <section aria-labelledby="offer-diffs-heading" className="offers__group">
        <h3 id="offer-diffs-heading">{t('offers.differentiators.heading')}</h3>
        <p className="field__hint">{t('offers.differentiators.hint')}</p>
        {profile.differentiators.map((d, i) => (
          <DifferentiatorEditor
            key={d.id}
            profileId={profile.id}
            item={d}
            index={i}
            at={at}
            autoFocus={added === d.id}
            onChange={saveItem('differentiators', d.id)}
            onRemove={() => void remove('differentiators', d.id)}
          />
        ))}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => add('differentiators')}
        >
          + {t('offers.differentiators.add')}
        </button>
      </section>

      <section aria-labelledby="offer-competitors-heading" className="offers__group">
        <h3 id="offer-competitors-heading">{t('offers.competitors.heading')}</h3>
        <p className="field__hint">{t('offers.competitors.hint')}</p>
        {profile.competitors.map((c, i) => (
          <CompetitorEditor
            key={c.id}
            profileId={profile.id}
            item={c}
            index={i}
            at={at}
            autoFocus={added === c.id}
            onChange={saveItem('competitors', c.id)}
            onRemove={() => void remove('competitors', c.id)}
          />
        ))}
        <button type="button" className="button button--quiet" onClick={() => add('competitors')}>
          + {t('offers.competitors.add')}
        </button>
      </section>
    </section>
  );
}
