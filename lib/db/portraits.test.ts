import { describe, expect, it } from 'vitest';
import { freshDbPerTest } from './testing';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureToPortrait, portraitMenu, PORTRAIT_MENU_PREFIX } from '../background/portraitMenu';
import { buildMenus } from '../background/menus';
import { createTranslator } from '../i18n';
import {
  addTemplateField,
  newUserTemplate,
  otherField,
  otherFieldKeys,
  resolveTemplate,
} from '../portrait/templates';
import {
  MAX_EVIDENCE_QUOTE_LENGTH,
  MAX_PAGE_TITLE_LENGTH,
  MAX_PORTRAIT_TEXT_LENGTH,
} from '../model';
import { identifySite } from '../site/domain';
import { DealBriefDb } from './database';
import {
  changePortrait,
  getPortrait,
  MAX_SCAN_PAGES,
  putFieldValue,
  recordScan,
  removeFieldValue,
  setFieldValues,
} from './portraits';
import {
  countProspectsUsing,
  deleteUserTemplate,
  getTemplate,
  listTemplates,
  listUserTemplates,
  saveUserTemplate,
} from './portraitTemplates';
import { createProspect, findProspectByDomain, getProspect, updateProspect } from './prospects';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

describe('portrait repository', () => {
  it('saves values, keeps them across template switches, touches the prospect', async () => {
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '', now: 1 });
    await setFieldValues(db, p.id, 'floorArea', [{ id: 'v1', value: 1200 }], 5);
    await putFieldValue(
      db,
      p.id,
      { key: 'phones', multiple: true },
      { id: 'v2', value: '+7 1' },
      6,
    );
    await putFieldValue(
      db,
      p.id,
      { key: 'phones', multiple: true },
      { id: 'v3', value: '+7 1' },
      7,
    );
    await updateProspect(db, p.id, { portraitTemplateId: 'manufacturer' });
    const saved = await getPortrait(db, p.id);
    expect(saved?.fields).toEqual({
      floorArea: [{ id: 'v1', value: 1200 }],
      phones: [{ id: 'v2', value: '+7 1' }],
    });
    expect((await findProspectByDomain(db, 'a.ru'))?.portraitTemplateId).toBe('manufacturer');
    await removeFieldValue(db, p.id, 'phones', 'v2', 8);
    expect((await getPortrait(db, p.id))?.fields.phones).toBeUndefined();
    await expect(
      setFieldValues(db, p.id, 'x', [{ id: 'v', value: { bad: 1 } as never }]),
    ).rejects.toThrow();
  });

  it('concurrent changes of different fields are all kept', async () => {
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '' });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        setFieldValues(db, p.id, `f${i}`, [{ id: `v${i}`, value: i }]),
      ),
    );
    expect(Object.keys((await getPortrait(db, p.id))!.fields)).toHaveLength(10);
  });

  it('keeps one scan per page, newest last, capped', async () => {
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '' });
    await recordScan(db, p.id, { url: 'https://a.ru/c#top', title: 'C', result: { n: 1 } }, 1);
    await recordScan(db, p.id, { url: 'https://a.ru/about', title: 'A', result: { n: 2 } }, 2);
    await recordScan(db, p.id, { url: 'https://a.ru/c', title: 'C', result: { n: 3 } }, 3);
    const scans = (await getPortrait(db, p.id))!.scans;
    expect(scans.map((s) => [s.url, s.scannedAt])).toEqual([
      ['https://a.ru/about', 2],
      ['https://a.ru/c', 3],
    ]);
    for (let i = 0; i < MAX_SCAN_PAGES + 5; i++)
      await recordScan(db, p.id, { url: `https://a.ru/${i}`, title: '', result: {} }, 10 + i);
    expect((await getPortrait(db, p.id))!.scans).toHaveLength(MAX_SCAN_PAGES);
    await changePortrait(db, p.id, (x) => ({ ...x, dismissed: ['emails:x'] }));
    expect((await getPortrait(db, p.id))!.dismissed).toEqual(['emails:x']);
  });

  it('keeps a scan of a page with a 2,500-character title or 9,000 characters of state in its address', async () => {
    // Chrome keeps tab titles up to 4,096 characters; an SPA keeps its state in the fragment.
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '' });
    const title = 'Купить металлопрокат '.repeat(120);
    const url = `https://a.ru/contacts?city=ekb#state=${'a'.repeat(9_000)}`;
    await recordScan(db, p.id, { url, title, result: {} }, 1);
    const [scan] = (await getPortrait(db, p.id))!.scans;
    expect(scan!.url).toBe('https://a.ru/contacts?city=ekb');
    expect(scan!.title).toHaveLength(MAX_PAGE_TITLE_LENGTH);
    // A rescan of the same page replaces it.
    await recordScan(db, p.id, { url, title: 'x', result: {} }, 2);
    expect((await getPortrait(db, p.id))!.scans.map((s) => s.title)).toEqual(['x']);
  });

  it('templates: built-ins plus the rep’s own; built-ins cannot be overwritten', async () => {
    const tp = addTemplateField(newUserTemplate('Дилер'), { label: 'Склад', type: 'number' });
    await saveUserTemplate(db, tp);
    expect((await listTemplates(db)).map((x) => x.id)).toEqual([
      'generic',
      'retail_wholesale',
      'manufacturer',
      tp.id,
    ]);
    expect((await getTemplate(db, tp.id))?.fields[0]?.label).toBe('Склад');
    await expect(saveUserTemplate(db, { ...tp, id: 'generic' })).rejects.toThrow();
    await deleteUserTemplate(db, tp.id);
    expect(await getTemplate(db, tp.id)).toBeUndefined();
    expect((await listTemplates(db)).map((x) => x.id)).not.toContain(tp.id);
  });

  it('deleting a template in use keeps its values under "Other fields" with the names the rep gave', async () => {
    const p = await createProspect(db, { domain: 'dealer.ru', name: 'Dealer', owner: '', now: 1 });
    const tp = addTemplateField(newUserTemplate('Car dealer'), {
      label: 'Showroom area',
      type: 'number',
      unit: 'm²',
    });
    await saveUserTemplate(db, tp);
    await updateProspect(db, p.id, { portraitTemplateId: tp.id });
    expect(await countProspectsUsing(db, tp.id)).toBe(1);
    const key = tp.fields[0]!.key;
    await setFieldValues(db, p.id, key, [{ id: 'v1', value: 1500 }]);

    await deleteUserTemplate(db, tp.id);

    const offered = await listUserTemplates(db);
    expect(offered).toEqual([]);
    const known = await listUserTemplates(db, { withDeleted: true });
    const template = resolveTemplate((await getProspect(db, p.id))!.portraitTemplateId, offered);
    expect(template.id).toBe('generic');
    const portrait = (await getPortrait(db, p.id))!;
    const others = otherFieldKeys(template, portrait.fields).map((k) => otherField(k, known));
    expect(others).toEqual([expect.objectContaining({ key, label: 'Showroom area', unit: 'm²' })]);
  });
});

describe('context menu: Add to portrait ▸ field', () => {
  it('lists the prospect template’s fields, then the core ones; none without a brief', async () => {
    const created: { id: string; title: string; parentId?: string }[] = [];
    fakeBrowser.contextMenus.create = ((p: never) => void created.push(p)) as never;
    fakeBrowser.contextMenus.removeAll = (async () => undefined) as never;
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '' });
    const prospect = { ...p, portraitTemplateId: 'retail_wholesale' };
    await buildMenus([portraitMenu], createTranslator('ru'), {
      site: identifySite('https://a.ru'),
      prospect,
    });
    expect(created[0]).toMatchObject({ title: 'Добавить в портрет' });
    expect(created.slice(1, 3).map((e) => e.title)).toEqual([
      'Торговая площадь',
      'Ценовой сегмент',
    ]);
    expect(created.every((e, i) => i === 0 || e.parentId === created[0]!.id)).toBe(true);
    const tp = addTemplateField(newUserTemplate('Мой'), { label: 'Склад', type: 'number' });
    created.length = 0;
    await buildMenus([portraitMenu], createTranslator('en'), {
      site: identifySite('https://a.ru'),
      prospect: { ...p, portraitTemplateId: tp.id },
      portraitTemplate: tp,
    });
    expect(created[1]?.title).toBe('Склад');
    expect(
      portraitMenu.entries(createTranslator('en'), { site: identifySite('https://b.ru') }),
    ).toEqual([]);
  });

  it('saves the selection into the field with its evidence, typed where it can be', async () => {
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '' });
    await updateProspect(db, p.id, { portraitTemplateId: 'retail_wholesale' });
    const handled = await portraitMenu.handle(`${PORTRAIT_MENU_PREFIX}floorArea`, {
      db,
      owner: '',
      selection: 'Торговый зал 1 200 м²',
      url: 'https://shop.a.ru/about',
      title: 'О магазине',
    });
    expect(handled).toBe(true);
    const v = (await getPortrait(db, p.id))!.fields.floorArea![0]!;
    expect(v.value).toBe(1200);
    expect(v.evidence).toMatchObject({
      kind: 'page',
      url: 'https://shop.a.ru/about',
      pageTitle: 'О магазине',
      quote: 'Торговый зал 1 200 м²',
    });
    await captureToPortrait(db, {
      fieldKey: 'phones',
      text: '+7 495 1',
      url: 'https://a.ru',
      title: '',
    });
    await captureToPortrait(db, {
      fieldKey: 'phones',
      text: '+7 495 2',
      url: 'https://a.ru',
      title: '',
    });
    expect((await getPortrait(db, p.id))!.fields.phones).toHaveLength(2);
    // A long selection (Ctrl+A on a long page) into a text field: cut to what a value holds.
    const long = 'Мы закупаем у «Металлсервис». '.repeat(9_000);
    await captureToPortrait(db, {
      fieldKey: 'currentSuppliers',
      text: long,
      url: 'https://a.ru',
      title: '',
    });
    const supplier = (await getPortrait(db, p.id))!.fields.currentSuppliers![0]!;
    expect(supplier.value).toHaveLength(MAX_PORTRAIT_TEXT_LENGTH);
    expect(supplier.evidence?.quote).toHaveLength(MAX_EVIDENCE_QUOTE_LENGTH);
    await expect(
      captureToPortrait(db, { fieldKey: 'brand', text: 'X', url: 'https://nobrief.ru', title: '' }),
    ).rejects.toMatchObject({ code: 'capture_unsupported' });
    await expect(
      captureToPortrait(db, { fieldKey: 'brand', text: '  ', url: 'https://a.ru', title: '' }),
    ).rejects.toMatchObject({ code: 'capture_empty' });
    expect(
      await portraitMenu.handle('other', {
        db,
        owner: '',
        selection: 'x',
        url: 'https://a.ru',
        title: '',
      }),
    ).toBe(false);
  });
});
