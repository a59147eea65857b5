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
import { EntryList } from '@/components/brief/EntryList';
import { addEntry } from '@/lib/brief/briefEdits';
import { getBrief, updateBrief } from '@/lib/db/briefs';
import { getDb } from '@/lib/db/database';
import { createProspect } from '@/lib/db/prospects';
import { en } from '@/locales';

function Live({ prospectId }: { prospectId: string }) {
  const brief = useLiveQuery(
    async () => (await getBrief(getDb(), prospectId)) ?? null,
    [prospectId],
  );
  return (
    <EntryList
      prospectId={prospectId}
      brief={brief}
      section="situation"
      label="brief.situation"
      placeholder="brief.situation.placeholder"
    />
  );
}

const show = pagePerTest();
let page: Rendered;

describe('removing a row of a brief list', () => {
  it('saves what was typed a moment before; the row stays removed, and Undo brings the text back', async () => {
    const p = await createProspect(getDb(), { domain: 'acme.ru', name: 'Acme', owner: '' });
    let entryId = '';
    await updateBrief(getDb(), p.id, (b) => {
      const added = addEntry(b, 'situation', 'Two plants');
      entryId = added.entry.id;
      return added.brief;
    });
    page = show(<Live prospectId={p.id} />);
    const field = await until(() =>
      page.container.querySelector<HTMLTextAreaElement>(`#brief-situation-${entryId}`),
    );
    typeInto(field, 'Two plants, 300 people');
    const remove = en['brief.entry.remove'].replace('{section}', en['brief.situation']);
    click(page.container, remove); // within the autosave pause
    await pause(800);
    const situation = async () => (await getBrief(getDb(), p.id))?.situation;
    expect(await situation()).toEqual([]); // not put back by the pending save

    click(page.container, en['brief.undo']);
    await pause(200);
    expect((await situation())?.map((e) => e.text)).toEqual(['Two plants, 300 people']);
  });
});
