// @vitest-environment jsdom
import { useLiveQuery } from 'dexie-react-hooks';
import { describe, expect, it } from 'vitest';
import {
  click,
  pause,
  pagePerTest,
  typeInto,
  until,
  type Rendered,
} from '@/components/app/testing';
import { NeedsList } from '@/components/brief/NeedsList';
import { draftNeed } from '@/lib/brief/needCategory';
import { getDb } from '@/lib/db/database';
import { addNeed, getNeed, listNeeds } from '@/lib/db/needs';
import { createProspect } from '@/lib/db/prospects';
import { en } from '@/locales';

function Live({ prospectId }: { prospectId: string }) {
  const needs = useLiveQuery(() => listNeeds(getDb(), prospectId), [prospectId]);
  return needs ? (
    <NeedsList
      prospectId={prospectId}
      needs={needs}
      people={[]}
      focusNeedId={null}
      onFocusNeed={() => {}}
    />
  ) : null;
}

const show = pagePerTest();
let page: Rendered;

describe('removing a need', () => {
  it('saves what was typed a moment before, without an error, and Undo brings it back', async () => {
    const p = await createProspect(getDb(), { domain: 'acme.ru', name: 'Acme', owner: '' });
    const need = await addNeed(
      getDb(),
      draftNeed({ prospectId: p.id, statement: 'Delivery', now: 1 }),
    );
    page = show(<Live prospectId={p.id} />);
    const field = await until(() =>
      page.container.querySelector<HTMLTextAreaElement>(`#brief-need-${need.id}-statement`),
    );
    typeInto(field, 'Delivery within 48 hours');
    click(page.container, en['brief.need.remove']); // within the autosave pause
    await pause(800);
    expect(await getNeed(getDb(), need.id)).toBeUndefined();
    expect(page.error()).toBeNull();

    click(page.container, en['brief.undo']);
    await pause(200);
    expect((await getNeed(getDb(), need.id))?.statement).toBe('Delivery within 48 hours');
  });
});
