import { describe, expect, it } from 'vitest';
import { MAX_PORTRAIT_CHOICE_LENGTH, MAX_PORTRAIT_TEXT_LENGTH, PortraitValue } from '../model';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  collectPeople,
  collectSuggestions,
  dismissSuggestions,
  formatPhone,
  pendingSuggestions,
} from './suggestions';
import {
  addTemplateField,
  BUILT_IN_TEMPLATES,
  effectiveFields,
  missingRequired,
  moveTemplateField,
  newUserTemplate,
  otherField,
  otherFieldKeys,
  removeTemplateField,
  resolveTemplate,
  templateFields,
  updateTemplateField,
} from './templates';
import { coerceValue, parseDate, parseNumber, putValue, shareOfWallet, valueKey } from './values';
import { lastScanOf } from './scans';
import { emptyPortrait, scannedPage } from './testing';

const page = scannedPage;

const CONTACTS = `<html lang="ru"><head><title>Контакты</title></head><body>
<p>ООО «Ромашка», ИНН 7707083893</p>
<p>Телефон: <a href="tel:+74951234567">+7 (495) 123-45-67</a>, доб. 12</p>
<p>Факс: +7 (495) 123-45-68</p><p>E-mail: <a href="mailto:info@romashka.ru">info@romashka.ru</a></p>
<p><a href="https://vk.com/romashka">ВКонтакте</a></p></body></html>`;
const ABOUT = `<html lang="ru"><head><title>О компании</title></head><body>
<p>Пишите: INFO@romashka.ru или sales [at] romashka.ru</p>
<p>Генеральный директор — Иванов Иван Иванович</p></body></html>`;

const empty = () => emptyPortrait();

describe('templates', () => {
  it('built-ins have the issue’s fields; core fields are always present', () => {
    const keys = (id: string) => effectiveFields(resolveTemplate(id, [])).map((f) => f.key);
    expect(keys('retail_wholesale').slice(0, 4)).toEqual([
      'floorArea',
      'priceSegment',
      'brands',
      'purchaseFrequency',
    ]);
    expect(keys('manufacturer').slice(0, 6)).toEqual([
      'outputVolume',
      'equipment',
      'expansionPlans',
      'purchaseMethod',
      'purchaseFrequency',
      'alternativeSuppliers',
    ]);
    for (const tp of BUILT_IN_TEMPLATES)
      expect(keys(tp.id)).toEqual(expect.arrayContaining(['legalName', 'inn', 'kpp', 'phones']));
    // A deleted template falls back to Generic.
    expect(resolveTemplate('user-gone', []).id).toBe('generic');
  });

  it('user templates: add, reorder, remove fields; required fields reported missing', () => {
    let tp = newUserTemplate('Дилер', 1);
    tp = addTemplateField(tp, {
      label: 'Площадь склада',
      type: 'number',
      unit: 'м²',
      required: true,
    });
    tp = addTemplateField(tp, { label: 'Сегмент', type: 'choice', options: ['A', 'B', 'A', ' '] });
    tp = addTemplateField(tp, { label: 'Сайт', type: 'url' });
    expect(tp.fields.map((f) => f.label)).toEqual(['Площадь склада', 'Сегмент', 'Сайт']);
    expect(tp.fields[1]!.options).toEqual(['A', 'B']);
    const [a, b] = tp.fields;
    tp = moveTemplateField(tp, b!.key, -1);
    expect(
      effectiveFields(tp)
        .slice(0, 2)
        .map((f) => f.key),
    ).toEqual([b!.key, a!.key]);
    expect(missingRequired(tp, {}).map((f) => f.key)).toEqual([a!.key]);
    const stored = { [a!.key]: [{ id: '1', value: 5 }] };
    tp = removeTemplateField(tp, a!.key);
    // Its value is still stored and shows under "Other fields".
    expect(otherFieldKeys(tp, stored)).toEqual([a!.key]);
  });
});

describe('values', () => {
  it('coerces captured text to the field type, keeping text that does not fit', () => {
    expect(parseNumber('площадь 1 200,5 м²')).toBe(1200.5);
    expect(parseNumber('1,200')).toBe(1200);
    expect(parseDate('до 25.03.2026')).toBe('2026-03-25');
    expect(parseDate('31.02.2026')).toBeUndefined();
    expect(coerceValue({ type: 'number' }, 'около 3 500 т')).toBe(3500);
    expect(coerceValue({ type: 'number' }, 'много')).toBe('много');
    expect(coerceValue({ type: 'url' }, 'romashka.ru/about')).toBe('https://romashka.ru/about');
    expect(coerceValue({ type: 'choice', options: ['Тендер'] }, ' тендер ')).toBe('Тендер');
    expect(coerceValue({ type: 'multi_choice', options: ['A'] }, 'a, B')).toEqual(['A', 'B']);
  });

  it('cuts text longer than a value holds, and each chosen option', () => {
    const long = 'слово '.repeat(30_000);
    expect(coerceValue({ type: 'text' }, long)).toHaveLength(MAX_PORTRAIT_TEXT_LENGTH);
    expect(coerceValue({ type: 'number' }, long)).toHaveLength(MAX_PORTRAIT_TEXT_LENGTH);
    const parts = coerceValue({ type: 'multi_choice' }, `${'x'.repeat(5000)}, B`) as string[];
    expect(parts.map((p) => p.length)).toEqual([MAX_PORTRAIT_CHOICE_LENGTH, 1]);
    expect(PortraitValue.parse({ id: '1', value: parts }).value).toEqual(parts);
  });

  it('list fields append without duplicates; single fields are replaced', () => {
    let f = putValue({}, { key: 'phones', multiple: true }, { id: '1', value: '+7 495 123-45-67' });
    f = putValue(f, { key: 'phones', multiple: true }, { id: '2', value: '8 (495) 1234567' });
    expect(f.phones).toHaveLength(1);
    f = putValue(f, { key: 'inn', multiple: false }, { id: '3', value: '1' });
    f = putValue(f, { key: 'inn', multiple: false }, { id: '4', value: '2' });
    expect(f.inn).toEqual([{ id: '4', value: '2' }]);
    expect(valueKey('brand', '«Ромашка»')).toBe(valueKey('brand', 'ромашка'));
  });

  it('share of wallet', () => {
    expect(shareOfWallet(250_000, 1_000_000)).toBe(25);
    expect(shareOfWallet(1, 3)).toBe(33.3);
    expect(shareOfWallet(5, 0)).toBeUndefined();
    expect(shareOfWallet(undefined, 10)).toBeUndefined();
    expect(shareOfWallet(20, 10)).toBe(100);
  });
});

describe('suggestions', () => {
  const contacts = page('https://romashka.ru/contacts', CONTACTS, 100, 'Контакты');
  const about = page('https://romashka.ru/about', ABOUT, 200, 'О компании');

  it('every fact with its snippet and page; several pages merge without duplicates', () => {
    const all = collectSuggestions([contacts, about], { fax: 'факс', ext: 'доб.' });
    const emails = all.filter((s) => s.field === 'emails');
    expect(emails.map((s) => s.value).sort()).toEqual(['info@romashka.ru', 'sales@romashka.ru']);
    const info = emails.find((s) => s.value === 'info@romashka.ru')!;
    expect(new Set(info.sources.map((s) => s.url))).toEqual(
      new Set(['https://romashka.ru/about', 'https://romashka.ru/contacts']),
    );
    expect(info.sources[0]!.snippet).toContain('INFO@romashka.ru');
    const phones = all.filter((s) => s.field === 'phones').map((s) => s.value);
    expect(phones).toContain('+7 495 123-45-67 доб. 12');
    expect(phones).toContain('+7 495 123-45-68 (факс)');
    expect(all.find((s) => s.field === 'inn')?.value).toBe('7707083893');
    expect(all.find((s) => s.field === 'legalName')?.value).toBe('ООО «Ромашка»');
    expect(all.find((s) => s.field === 'socials')).toMatchObject({ note: 'vk' });
    // Scanning the same pages again changes nothing.
    expect(collectSuggestions([contacts, about, contacts])).toHaveLength(
      collectSuggestions([contacts, about]).length,
    );
  });

  it('accept one, accept all, dismiss: accepted values keep their evidence', () => {
    const all = collectSuggestions([contacts]);
    let p = empty();
    const inn = all.find((s) => s.field === 'inn')!;
    p = acceptSuggestion(p, inn, 5);
    expect(p.fields.inn![0]).toMatchObject({
      value: '7707083893',
      evidence: { kind: 'page', url: 'https://romashka.ru/contacts', capturedAt: 100 },
    });
    expect(p.fields.inn![0]!.evidence!.quote).toContain('7707083893');
    expect(pendingSuggestions(all, p).some((s) => s.id === inn.id)).toBe(false);
    const social = all.find((s) => s.field === 'socials')!;
    p = dismissSuggestions(p, [social.id], 6);
    const rest = pendingSuggestions(all, p);
    expect(rest.some((s) => s.id === social.id)).toBe(false);
    p = acceptAllSuggestions(p, all, 7);
    expect(pendingSuggestions(all, p)).toEqual([]);
    expect(p.fields.emails!.map((v) => v.value)).toEqual(['info@romashka.ru']);
  });

  it('people merge across pages for the decision-maker map', () => {
    const people = collectPeople([contacts, about]);
    expect(people).toEqual([
      expect.objectContaining({
        name: 'Иванов Иван Иванович',
        position: expect.stringMatching(/директор/i),
      }),
    ]);
    const last = lastScanOf({
      scans: [contacts, about, { url: 'x', title: '', scannedAt: 1, result: { bad: 1 } }],
    });
    expect(last?.pages).toHaveLength(2);
    expect(last?.people[0]?.sources[0]?.url).toBe('https://romashka.ru/about');
    expect(last?.merged.emails.length).toBe(2);
    expect(formatPhone('+74951234567;ext=12')).toBe('+7 495 123-45-67 ext. 12');
  });
});

describe('the rep’s template fields: removed, renamed, options edited', () => {
  const withFields = () => {
    let tp = newUserTemplate('Dealer', 1);
    tp = addTemplateField(tp, { label: 'Showroom', type: 'number', unit: 'm²' }, 1);
    tp = addTemplateField(tp, { label: 'Channels', type: 'multi_choice', options: ['A', 'B'] }, 1);
    tp = addTemplateField(tp, { label: 'Site', type: 'url' }, 1);
    return tp;
  };

  it('a removed field disappears from the template but still names its values', () => {
    const tp = withFields();
    const [showroom, channels, site] = tp.fields;
    const removed = removeTemplateField(tp, channels!.key, 5);
    expect(templateFields(removed).map((f) => f.label)).toEqual(['Showroom', 'Site']);
    expect(otherFieldKeys(removed, { [channels!.key]: [{ id: 'v', value: ['A'] }] })).toEqual([
      channels!.key,
    ]);
    expect(otherField(channels!.key, [removed])).toMatchObject({
      label: 'Channels',
      options: ['A', 'B'],
      multiple: true,
    });
    // Moving skips the removed field: Site goes above Showroom in one step.
    const moved = moveTemplateField(removed, site!.key, -1);
    expect(templateFields(moved).map((f) => f.key)).toEqual([site!.key, showroom!.key]);
    // A field of a deleted template names its values too, but is never offered.
    const deleted = { ...tp, deletedAt: 9 };
    expect(resolveTemplate(tp.id, [deleted]).id).toBe('generic');
    expect(otherField(showroom!.key, [deleted])).toMatchObject({ label: 'Showroom', unit: 'm²' });
  });

  it('renaming a field or editing its options keeps its key (and so its values)', () => {
    const tp = withFields();
    const channels = tp.fields[1]!;
    const renamed = updateTemplateField(tp, channels.key, { label: '  Sales channels ' });
    expect(renamed.fields[1]).toMatchObject({ key: channels.key, label: 'Sales channels' });
    expect(updateTemplateField(tp, channels.key, { label: ' ' })).toBe(tp); // a name is needed
    const edited = updateTemplateField(tp, channels.key, { options: [' A', 'B', 'C', '', 'B'] });
    expect(edited.fields[1]!.options).toEqual(['A', 'B', 'C']);
  });

  it('at the schema’s limit, the longest-removed definition makes room for a new field', () => {
    let tp = newUserTemplate('Big', 1);
    for (let i = 0; i < 200; i++) tp = addTemplateField(tp, { label: `F${i}`, type: 'text' }, 1);
    tp = removeTemplateField(tp, tp.fields[3]!.key, 10);
    tp = removeTemplateField(tp, tp.fields[0]!.key, 20);
    tp = addTemplateField(tp, { label: 'New', type: 'text' }, 30);
    expect(tp.fields).toHaveLength(200);
    expect(tp.fields.some((f) => f.label === 'F3')).toBe(false);
    expect(tp.fields.find((f) => f.label === 'F0')?.deletedAt).toBe(20);
    expect(templateFields(tp).at(-1)?.label).toBe('New');
  });
});
