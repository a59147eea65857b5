// @vitest-environment jsdom
import { useLiveQuery } from 'dexie-react-hooks';
import { describe, expect, it } from 'vitest';
import { click, pagePerTest, pause, until, type Rendered } from '@/components/app/testing';
import { ScanBox } from '@/components/portrait/ScanBox';
import { getDb } from '@/lib/db/database';
import { getPortrait, recordScan, setFieldValues } from '@/lib/db/portraits';
import { createProspect, getProspect } from '@/lib/db/prospects';
import { scannedPage } from '@/lib/portrait/testing';
import { en } from '@/locales';

function Live({ id }: { id: string }) {
  const data = useLiveQuery(async () => {
    const [prospect, portrait] = [await getProspect(getDb(), id), await getPortrait(getDb(), id)];
    return prospect ? { prospect, portrait: portrait ?? null } : null;
  }, [id]);
  return data ? <ScanBox prospect={data.prospect} portrait={data.portrait} /> : null;
}

const show = pagePerTest();
let page: Rendered;

// A group's "Реквизиты" page: two companies, each with its ИНН and ОГРН.
const REKVIZITY = `<html lang="ru"><body>
<p>ООО «Ромашка», ИНН 7707083893, ОГРН 1027700132195</p>
<p>ООО «Ромашка-Производство», ИНН 7728168971, ОГРН 1027700067328</p>
<p>E-mail: info@romashka.ru</p></body></html>`;

const values = async (id: string, field: string) =>
  ((await getPortrait(getDb(), id))?.fields[field] ?? []).map((v) => v.value);
const list = (name: string) => page.container.querySelector(`ul[aria-label="${name}"]`);

describe('the scan suggestions of a page naming two companies', () => {
  it('"Accept all" leaves their ids and says why; the rep picks one, the other is offered as a replacement', async () => {
    const p = await createProspect(getDb(), { domain: 'romashka.ru', name: 'R', owner: '' });
    const url = 'https://romashka.ru/rekvizity';
    await recordScan(getDb(), p.id, {
      url,
      title: 'Реквизиты',
      result: scannedPage(url, REKVIZITY, 1).result,
    });
    await setFieldValues(getDb(), p.id, 'legalName', [{ id: 't', value: 'АО «Ромашка Групп»' }]);
    page = show(<Live id={p.id} />);
    await until(() => list(en['portrait.suggestions.list']));
    expect(page.container.textContent).toContain(en['portrait.suggestions.idsHeld']);

    click(page.container, en['portrait.suggestions.acceptAll']);
    await pause(200);
    expect(await values(p.id, 'emails')).toEqual(['info@romashka.ru']);
    expect(await values(p.id, 'inn')).toEqual([]);
    expect(await values(p.id, 'legalName')).toEqual(['АО «Ромашка Групп»']); // what the rep typed

    const accept = en['portrait.suggestions.acceptOne'].replace('{field}', 'ИНН (tax id)');
    click(page.container, accept.replace('{value}', '7707083893'));
    await pause(200);
    expect(await values(p.id, 'inn')).toEqual(['7707083893']);
    const rivals = await until(() => list(en['portrait.rivals.list']));
    expect(rivals.textContent).toContain('7728168971');
    expect(rivals.textContent).toContain('Now in the portrait: 7707083893');
    const pendingValues = [
      ...(list(en['portrait.suggestions.list'])?.querySelectorAll('.suggestion__value') ?? []),
    ].map((v) => v.textContent);
    expect(pendingValues).not.toContain('7728168971');

    // A second "Accept all" changes no ИНН.
    click(page.container, en['portrait.suggestions.acceptAll']);
    await pause(200);
    expect(await values(p.id, 'inn')).toEqual(['7707083893']);
    // Replacing is one click on that fact, the rep's own choice.
    click(
      page.container,
      en['portrait.rivals.replaceOne']
        .replace('{field}', 'ИНН (tax id)')
        .replace('{value}', '7728168971'),
    );
    await pause(200);
    expect(await values(p.id, 'inn')).toEqual(['7728168971']);
  });
});
