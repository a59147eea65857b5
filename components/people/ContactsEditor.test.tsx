// @vitest-environment jsdom
import { useLiveQuery } from 'dexie-react-hooks';
import { describe, expect, it } from 'vitest';
import { click, pagePerTest, pause, typeInto, type Rendered } from '@/components/app/testing';
import { ContactsEditor } from '@/components/people/ContactsEditor';
import { readWriteAhead } from '@/lib/autosave/autosaver';
import { getDb } from '@/lib/db/database';
import { addPerson, getPerson, updatePerson } from '@/lib/db/people';
import { createProspect } from '@/lib/db/prospects';
import { en } from '@/locales';

const AUTOSAVE = 800; // the autosave pause (400 ms) and the write

function Live({ id }: { id: string }) {
  const person = useLiveQuery(() => getPerson(getDb(), id), [id]);
  return person ? <ContactsEditor person={person} /> : null;
}

const show = pagePerTest();
let page: Rendered;
let personId: string;
const valueField = (n: number) =>
  page.container.querySelectorAll<HTMLInputElement>('.people-contact input[type="text"]')[n]!;
const stored = async () => (await getPerson(getDb(), personId))?.contacts;
const removeButton = (n: number) => en['people.contacts.remove'].replace('{n}', String(n));

async function open(contacts: { kind: 'phone' | 'email'; value: string; id?: string }[]) {
  const p = await createProspect(getDb(), { domain: 'acme.ru', name: 'Acme', owner: '' });
  personId = (await addPerson(getDb(), p.id, { fullName: 'Ivanov', contacts })).id;
  page = show(<Live id={personId} />);
  await pause(100);
}

describe('contacts of a person', () => {
  it('keeps the e-mail just typed when the rep removes the blank contact above it', async () => {
    await open([
      { kind: 'phone', value: '' }, // added by mistake, left blank
      { kind: 'email', value: '' },
    ]);
    const [, email] = (await stored())!;
    typeInto(valueField(1), 'ivanov@acme.ru');
    click(page.container, removeButton(1)); // within the autosave pause
    await pause(AUTOSAVE);

    expect(await stored()).toEqual([{ id: email!.id, kind: 'email', value: 'ivanov@acme.ru' }]);
    expect(valueField(0).value).toBe('ivanov@acme.ru');
    expect(page.error()).toBeNull();
  });

  it('saves what was typed into a contact a moment before it is removed, without an error', async () => {
    await open([{ kind: 'phone', value: '' }]);
    const [phone] = (await stored())!;
    typeInto(valueField(0), '+7 900');
    click(page.container, removeButton(1));
    await pause(AUTOSAVE);
    expect(await stored()).toEqual([]);
    expect(readWriteAhead(localStorage, `person:${personId}:contact:${phone!.id}`)).toBeNull();
    expect(page.error()).toBeNull();
  });

  it('keeps the typing when another window removed that contact meanwhile', async () => {
    await open([{ kind: 'email', value: '' }]);
    const [email] = (await stored())!;
    typeInto(valueField(0), 'ivanov@acme.ru');
    await updatePerson(getDb(), personId, { contacts: [] }); // the other window
    await pause(AUTOSAVE);
    const wal = readWriteAhead(localStorage, `person:${personId}:contact:${email!.id}`);
    expect(wal?.text).toBe('ivanov@acme.ru');
    expect(page.error()).not.toBeNull();
  });

  it('edits contacts stored before they had ids, and gives them ids on the first write', async () => {
    const p = await createProspect(getDb(), { domain: 'acme.ru', name: 'Acme', owner: '' });
    personId = (await addPerson(getDb(), p.id, { fullName: 'Ivanov' })).id;
    // As an earlier version stored them (no ids), with typing it kept by the row's position.
    await getDb().people.update(personId, {
      contacts: [
        { kind: 'phone', value: '' },
        { kind: 'email', value: '' },
      ] as never,
    });
    const wal = { text: 'ivanov@acme', at: Date.now() + 1000, base: '' };
    localStorage.setItem(`dealbrief:wal:person:${personId}:contact:1`, JSON.stringify(wal));
    page = show(<Live id={personId} />);
    await pause(100);
    expect(valueField(1).value).toBe('ivanov@acme');

    typeInto(valueField(1), 'ivanov@acme.ru');
    click(page.container, removeButton(1));
    await pause(AUTOSAVE);
    const raw = await getDb().people.get(personId);
    expect(raw?.contacts).toEqual([{ id: '1', kind: 'email', value: 'ivanov@acme.ru' }]);
  });
});
