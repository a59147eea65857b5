// @vitest-environment jsdom
import { useLiveQuery } from 'dexie-react-hooks';
import { beforeEach, describe, expect, it } from 'vitest';
import { pagePerTest, pause, typeInto, type Rendered } from '@/components/app/testing';
import { ProspectView } from '@/components/prospects/ProspectView';
import { getDb } from '@/lib/db/database';
import { createProspect, getProspect } from '@/lib/db/prospects';

const AUTOSAVE = 700; // the rep pauses longer than the autosave pause (400 ms)

function Live({ id }: { id: string }) {
  const prospect = useLiveQuery(() => getProspect(getDb(), id), [id]);
  return prospect ? <ProspectView prospect={prospect} /> : null;
}

const show = pagePerTest();
let page: Rendered;
let prospectId: string;
let input: HTMLInputElement;
const storedName = async () => (await getProspect(getDb(), prospectId))?.name;

beforeEach(async () => {
  const p = await createProspect(getDb(), { domain: 'acme.ru', name: 'Acme', owner: '' });
  prospectId = p.id;
  page = show(<Live id={p.id} />);
  await pause(200);
  input = page.container.querySelector<HTMLInputElement>('#prospect-name')!;
});

describe('the prospect name field', () => {
  it('keeps the space the rep typed before a pause between words; stores the name trimmed', async () => {
    typeInto(input, 'Acme ');
    await pause(AUTOSAVE);
    expect(input.value).toBe('Acme ');
    expect(await storedName()).toBe('Acme');
    typeInto(input, input.value + 'Steel ');
    await pause(AUTOSAVE);
    expect(input.value).toBe('Acme Steel ');
    expect(await storedName()).toBe('Acme Steel');
  });

  it('stays empty while the name is retyped (the domain stands in for it meanwhile)', async () => {
    typeInto(input, '');
    await pause(AUTOSAVE);
    expect(input.value).toBe('');
    expect(await storedName()).toBe('acme.ru');
    typeInto(input, 'Northwind');
    await pause(AUTOSAVE);
    expect(await storedName()).toBe('Northwind');
  });
});
