// @vitest-environment jsdom
import { useLiveQuery } from 'dexie-react-hooks';
import { act } from 'react';
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
import { SuppliersList } from '@/components/brief/SuppliersList';
import { addEntry } from '@/lib/brief/briefEdits';
import { getBrief, updateBrief } from '@/lib/db/briefs';
import { getDb } from '@/lib/db/database';
import { createProspect } from '@/lib/db/prospects';
import { en } from '@/locales';

function useLiveBrief(prospectId: string) {
  return useLiveQuery(async () => (await getBrief(getDb(), prospectId)) ?? null, [prospectId]);
}

function Suppliers({ prospectId }: { prospectId: string }) {
  return <SuppliersList prospectId={prospectId} brief={useLiveBrief(prospectId)} />;
}

function Live({ prospectId }: { prospectId: string }) {
  const brief = useLiveBrief(prospectId);
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

const REMOVE = en['brief.entry.remove'].replace('{section}', en['brief.situation']);
const situation = async (id: string) => (await getBrief(getDb(), id))?.situation ?? [];
const enabled = <T extends Element>(selector: string) =>
  until(() => page.container.querySelector<T>(`${selector}:not([disabled])`));

/** The rep types into the empty section's field (it becomes the first entry), then removes it. */
let site = 0;
async function typedThenRemoved() {
  const domain = `acme${(site += 1)}.ru`;
  const p = await createProspect(getDb(), { domain, name: 'Acme', owner: '' });
  page = show(<Live prospectId={p.id} />);
  typeInto(await enabled<HTMLTextAreaElement>('textarea'), 'Two plants');
  await pause(800);
  expect((await situation(p.id)).map((e) => e.text)).toEqual(['Two plants']);
  click(page.container, REMOVE);
  await pause(800);
  expect(await situation(p.id)).toEqual([]);
  return p.id;
}

describe('removing the only entry of a brief section', () => {
  it('leaves the section’s field empty', async () => {
    await typedThenRemoved();
    expect((await enabled<HTMLTextAreaElement>('textarea')).value).toBe('');
  });

  it('Undo brings the removed entry back even after the rep typed a new one', async () => {
    const id = await typedThenRemoved();
    typeInto(await enabled<HTMLTextAreaElement>('textarea'), 'Three plants');
    await pause(800);
    click(page.container, en['brief.undo']);
    await pause(300);
    expect((await situation(id)).map((e) => e.text).sort()).toEqual(['Three plants', 'Two plants']);
  });

  it('an added entry, once removed, does not come back as an empty row', async () => {
    const id = await typedThenRemoved();
    typeInto(await enabled<HTMLTextAreaElement>('textarea'), 'Three plants');
    await pause(800);
    click(page.container, `+ ${en['brief.entry.add'].replace('{section}', en['brief.situation'])}`);
    const second = await until(() => page.container.querySelectorAll('textarea')[1]);
    typeInto(second as HTMLTextAreaElement, 'A warehouse');
    await pause(800);
    const removeSecond = page.container.querySelectorAll<HTMLButtonElement>(
      '.brief-entry__foot button',
    )[1]!;
    act(() => removeSecond.click());
    await pause(800);
    expect((await situation(id)).map((e) => e.text)).toEqual(['Three plants']);
    expect([...page.container.querySelectorAll('textarea')].map((t) => t.value)).toEqual([
      'Three plants',
    ]);
  });
});

describe('removing the only supplier', () => {
  it('leaves an empty supplier card', async () => {
    const p = await createProspect(getDb(), { domain: 'suppliers.ru', name: 'S', owner: '' });
    page = show(<Suppliers prospectId={p.id} />);
    typeInto(await enabled<HTMLInputElement>('input[id$="-name"]'), 'Metallservis');
    await pause(800);
    const remove = page.container.querySelector<HTMLButtonElement>('.brief-entry__foot button')!;
    act(() => remove.click());
    await pause(800);
    expect((await getBrief(getDb(), p.id))?.suppliers).toEqual([]);
    expect((await enabled<HTMLInputElement>('input[id$="-name"]')).value).toBe('');
  });
});
