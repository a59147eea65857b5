import { draftNeed } from '@/lib/brief/needCategory';
import { flushAutosaves } from '@/lib/autosave/autosaver';
import { addNeed, deleteNeed, getDb, restoreNeed } from '@/lib/db';
import type { Need, Person } from '@/lib/model';
import { useApp } from '../app/AppContext';
import { NeedCard } from './NeedCard';
import { UndoNotice } from '../ui/UndoNotice';
import { useRemoveWithUndo } from './useRemoveWithUndo';

/** The needs of the brief, in the order they were heard, with "Add a need". */
export function NeedsList({
  prospectId,
  needs,
  people,
  focusNeedId,
  onFocusNeed,
}: {
  prospectId: string;
  needs: readonly Need[];
  people: readonly Person[];
  focusNeedId: string | null;
  onFocusNeed: (id: string) => void;
}) {
  const { t, reportError } = useApp();
  const { remove, undo, canUndo } = useRemoveWithUndo();

  const add = async () => {
    try {
      const need = await addNeed(
        getDb(),
        draftNeed({ prospectId, statement: '', now: Date.now() }),
      );
      onFocusNeed(need.id);
    } catch (error) {
      reportError(error);
    }
  };

  const removeNeed = async (id: string) => {
    // What was typed into it a moment ago is saved first, so Undo brings that back.
    await flushAutosaves(`need:${id}`);
    let deleted: Need | undefined;
    await remove(
      async () => (deleted = await deleteNeed(getDb(), id)),
      async () => deleted && (await restoreNeed(getDb(), deleted)),
    );
  };

  return (
    <section className="brief-block" aria-labelledby="brief-needs-heading">
      <h3 id="brief-needs-heading">
        {t('brief.needs')}
        {needs.length > 0 ? (
          <span className="status"> · {t('brief.needs.count', { count: needs.length })}</span>
        ) : null}
      </h3>
      <p className="brief-hint">{t('brief.needs.hint')}</p>
      {needs.length === 0 ? <p className="status">{t('brief.needs.empty')}</p> : null}
      <ul className="brief-cards" aria-label={t('brief.needs')}>
        {needs.map((need, i) => (
          <NeedCard
            key={need.id}
            need={need}
            index={i}
            people={people}
            autoFocus={need.id === focusNeedId}
            onRemove={(n) => void removeNeed(n.id)}
          />
        ))}
      </ul>
      <UndoNotice
        message={canUndo ? t('brief.removed') : null}
        undoLabel={t('brief.undo')}
        onUndo={() => void undo()}
        className="brief-undo"
      />
      <button type="button" className="button button--quiet brief-add" onClick={() => void add()}>
        + {t('brief.need.add')}
      </button>
    </section>
  );
}
