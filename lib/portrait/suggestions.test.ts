import { describe, expect, it } from 'vitest';
import type { Portrait } from '../model';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  collectSuggestions,
  dismissSuggestions,
  heldBackIds,
  pendingSuggestions,
  rivalSuggestions,
} from './suggestions';
import { emptyPortrait, scannedPage } from './testing';

const page = scannedPage;
const empty = () => emptyPortrait();
const values = (p: Portrait, field: string) => (p.fields[field] ?? []).map((v) => v.value);

// A group's "Реквизиты" page: the trading company and its production company, each with its ids.
const REKVIZITY = `<html lang="ru"><body>
<p>ООО «Ромашка», ИНН 7707083893, ОГРН 1027700132195</p>
<p>ООО «Ромашка-Производство», ИНН 7728168971, ОГРН 1027700067328</p></body></html>`;
const ONE_COMPANY = `<html lang="ru"><body>
<p>ООО «Ромашка», ИНН 7707083893, КПП 770701001, ОГРН 1027700132195</p>
<p>E-mail: info@romashka.ru</p></body></html>`;

describe('"Accept all" never replaces a value and never mixes two companies', () => {
  it('leaves the ids of a page naming two companies for the rep, and says why', () => {
    const all = collectSuggestions([page('https://romashka.ru/rekvizity', REKVIZITY, 100)]);
    expect(all.filter((s) => s.field === 'inn')).toHaveLength(2);
    const p = acceptAllSuggestions(empty(), all, 1);
    expect(p.fields.inn).toBeUndefined();
    expect(p.fields.ogrn).toBeUndefined();
    expect(
      heldBackIds(all, p)
        .map((s) => s.field)
        .sort(),
    ).toEqual(['inn', 'inn', 'ogrn', 'ogrn']);
  });

  it('once the rep picks one company’s ИНН, the other leaves the list and is offered as a replacement', () => {
    const all = collectSuggestions([page('https://romashka.ru/rekvizity', REKVIZITY, 100)]);
    const inn = (v: string) => all.find((s) => s.field === 'inn' && s.value === v)!;
    let p = acceptSuggestion(empty(), inn('7707083893'), 1);
    expect(pendingSuggestions(all, p).map((s) => s.value)).not.toContain('7728168971');
    expect(rivalSuggestions(all, p).map((s) => s.value)).toEqual(['7728168971']);
    // A second "Accept all" neither swaps the ИНН nor takes an ОГРН that may be the other one's.
    p = acceptAllSuggestions(p, all, 2);
    p = acceptAllSuggestions(p, all, 3);
    expect(values(p, 'inn')).toEqual(['7707083893']);
    expect(p.fields.ogrn).toBeUndefined();
    // Picking the ОГРН too settles the list; the rivals stay offered one at a time.
    p = acceptSuggestion(
      p,
      all.find((s) => s.value === '1027700132195')!,
      4,
    );
    expect(pendingSuggestions(all, p)).toEqual([]);
    expect(
      rivalSuggestions(all, p)
        .map((s) => s.value)
        .sort(),
    ).toEqual(['1027700067328', '7728168971']);
    // Replacing is the rep's own choice, one at a time; a dismissed rival is gone.
    const replaced = acceptSuggestion(p, inn('7728168971'), 5);
    expect(values(replaced, 'inn')).toEqual(['7728168971']);
    p = dismissSuggestions(p, [inn('7728168971').id], 6);
    expect(rivalSuggestions(all, p).map((s) => s.value)).toEqual(['1027700067328']);
  });

  it('keeps what the rep typed into a one-value field', () => {
    const all = collectSuggestions([page('https://romashka.ru/contacts', ONE_COMPANY, 100)]);
    const typed: Portrait = {
      ...empty(),
      fields: { legalName: [{ id: 't', value: 'АО «Ромашка Групп»' }] },
    };
    const p = acceptAllSuggestions(typed, all, 1);
    expect(values(p, 'legalName')).toEqual(['АО «Ромашка Групп»']);
    expect(rivalSuggestions(all, p).map((s) => s.field)).toEqual(['legalName']);
  });

  it('takes one company’s ИНН, КПП and ОГРН together, and pressing it again changes nothing', () => {
    const all = collectSuggestions([page('https://romashka.ru/contacts', ONE_COMPANY, 100)]);
    expect(heldBackIds(all, empty())).toEqual([]);
    const p = acceptAllSuggestions(empty(), all, 1);
    expect(values(p, 'inn')).toEqual(['7707083893']);
    expect(values(p, 'kpp')).toEqual(['770701001']);
    expect(values(p, 'ogrn')).toEqual(['1027700132195']);
    expect(pendingSuggestions(all, p)).toEqual([]);
    expect(acceptAllSuggestions(p, all, 2).fields).toEqual(p.fields);
  });

  it('does not take an ОГРН from a page whose ИНН differs from the one in the portrait', () => {
    const all = collectSuggestions([page('https://romashka.ru/contacts', ONE_COMPANY, 100)]);
    const typed = emptyPortrait({ inn: [{ id: 't', value: '7728168971' }] });
    const p = acceptAllSuggestions(typed, all, 1);
    expect(values(p, 'inn')).toEqual(['7728168971']);
    expect(p.fields.ogrn).toBeUndefined();
    expect(p.fields.kpp).toBeUndefined();
    expect(values(p, 'emails')).toEqual(['info@romashka.ru']);
  });
});
