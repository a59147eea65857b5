import { describe, expect, it } from 'vitest';
import { freshDbPerTest } from '../db/testing';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DealBriefDb, findProspectByDomain, getBrief, listNeeds } from '../db';
import { createTranslator } from '../i18n';
import { HandlerError } from '../messaging/server';
import { MAX_EVIDENCE_QUOTE_LENGTH, MAX_NEED_STATEMENT_LENGTH } from '../model';
import { identifySite } from '../site/domain';
import { briefMenu, captureToBrief, MENU_BRIEF_PARENT, supplierNameFrom } from './briefMenu';
import { buildMenus, dispatchMenuClick } from './menus';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

const page = {
  url: 'https://www.tehnoprom.ru/about',
  title: 'О компании — ТехноПром',
};

describe('Add to brief menu', () => {
  it('offers Pain / Need / Plan / Trend / Current supplier under "Add to brief"', async () => {
    const created: Array<{ id: string; title: string; parentId?: string }> = [];
    fakeBrowser.contextMenus.create = ((p: never) => void created.push(p)) as never;
    fakeBrowser.contextMenus.removeAll = (async () => undefined) as never;
    await buildMenus([briefMenu], createTranslator('ru'), { site: identifySite(page.url) });
    expect(created.map((c) => [c.title, c.parentId])).toEqual([
      ['Добавить в бриф', undefined],
      ['Боль', MENU_BRIEF_PARENT],
      ['Потребность', MENU_BRIEF_PARENT],
      ['План', MENU_BRIEF_PARENT],
      ['Тенденция', MENU_BRIEF_PARENT],
      ['Текущий поставщик', MENU_BRIEF_PARENT],
    ]);
  });

  it('a pain from a page becomes a need with its category, SPIN type and evidence; the prospect is created', async () => {
    const quote = 'Главная проблема — срывы сроков поставки металла.';
    const handled = await dispatchMenuClick([briefMenu], `${MENU_BRIEF_PARENT}:pain`, {
      db,
      owner: 'Anna',
      selection: `  ${quote}\r\n`,
      ...page,
    });
    expect(handled).toBe(true);
    const prospect = await findProspectByDomain(db, 'tehnoprom.ru');
    expect(prospect).toMatchObject({ name: 'ТехноПром', owner: 'Anna' });
    const [need] = await listNeeds(db, prospect!.id);
    expect(need).toMatchObject({
      statement: quote,
      spin: 'problem',
      category: 'supply_reliability',
      categoryConfirmed: false,
      evidence: { kind: 'page', url: page.url, pageTitle: page.title, quote },
    });
  });

  it('a need is a need-payoff; plans, trends and suppliers go into their brief sections', async () => {
    const save = (target: 'need' | 'plan' | 'trend' | 'supplier', text: string) =>
      captureToBrief(db, '', { ...page, text, target, now: 100 });
    const need = await save('need', 'Нам нужна отсрочка платежа 30 дней');
    await save('plan', 'В 2026 году запускаем третью линию');
    await save('trend', 'Импортозамещение оборудования');
    const supplier = await save(
      'supplier',
      'Металл закупаем у ООО «МеталлТорг»\nуже 8 лет, но они часто срывают сроки',
    );
    const [n] = await listNeeds(db, need.prospectId);
    expect(n).toMatchObject({ spin: 'need_payoff', category: 'payment_terms' });
    const brief = await getBrief(db, need.prospectId);
    expect(brief?.plans.map((e) => e.text)).toEqual(['В 2026 году запускаем третью линию']);
    expect(brief?.trends[0]).toMatchObject({
      text: 'Импортозамещение оборудования',
      evidence: { kind: 'page', url: page.url, capturedAt: 100 },
    });
    expect(brief?.suppliers).toEqual([
      expect.objectContaining({
        id: supplier.id,
        name: 'Металл закупаем у ООО «МеталлТорг»',
        evidence: expect.objectContaining({ quote: expect.stringContaining('срывают сроки') }),
      }),
    ]);
  });

  it('refuses empty selections and non-web pages, writing nothing', async () => {
    await expect(
      captureToBrief(db, '', { ...page, text: ' \u200B ', target: 'pain' }),
    ).rejects.toMatchObject({ code: 'capture_empty' });
    await expect(
      captureToBrief(db, '', { url: 'chrome://settings', title: '', text: 'x', target: 'plan' }),
    ).rejects.toBeInstanceOf(HandlerError);
    expect(await db.prospects.count()).toBe(0);
  });

  it('ignores menu ids that are not its own', async () => {
    const click = { db, owner: '', selection: 'x', ...page };
    expect(await briefMenu.handle('dealbrief-add-selection', click)).toBe(false);
    expect(await briefMenu.handle(`${MENU_BRIEF_PARENT}:nonsense`, click)).toBe(false);
  });

  // A long page selected with Ctrl+A (an annual report): ~251,000 characters. "Add to DealBrief"
  // takes it; every "Add to brief" target must take it too, cut to what each record holds.
  it.each(['pain', 'need', 'plan', 'supplier'] as const)(
    'takes a selection longer than a need or evidence holds: %s',
    async (target) => {
      const text = 'Мы расширяем производство. '.repeat(9_300);
      const saved = await captureToBrief(db, '', { text, ...page, target });
      expect(saved).toMatchObject({ target });
      const [need] = await listNeeds(db, saved.prospectId);
      const brief = await getBrief(db, saved.prospectId);
      const evidence = need?.evidence ?? brief?.plans[0]?.evidence ?? brief?.suppliers[0]?.evidence;
      expect(evidence?.quote).toHaveLength(MAX_EVIDENCE_QUOTE_LENGTH);
      if (need) expect(need.statement).toHaveLength(MAX_NEED_STATEMENT_LENGTH);
      if (target === 'plan') expect(brief?.plans[0]?.text).toBe(text.trim());
    },
  );

  it('names a supplier from the first line of a long selection', () => {
    expect(supplierNameFrom('\n  MetalTorg LLC  \nmore')).toBe('MetalTorg LLC');
    const long = `${'word '.repeat(40)}end`;
    const name = supplierNameFrom(long);
    expect(name.length).toBeLessThanOrEqual(121);
    expect(name.endsWith('…')).toBe(true);
  });
});
