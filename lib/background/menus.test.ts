import { describe, expect, it } from 'vitest';
import { freshDbPerTest } from '../db/testing';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DealBriefDb, findProspectByDomain, listClips } from '../db';
import { createTranslator } from '../i18n';
import { identifySite } from '../site/domain';
import { clipMenu, MENU_ADD_TO_DEALBRIEF } from './clipMenu';
import { buildMenus, dispatchMenuClick, type MenuContribution } from './menus';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

describe('context menus', () => {
  it('builds every contribution’s entries in the UI language', async () => {
    const created: unknown[] = [];
    fakeBrowser.contextMenus.create = ((p: unknown) => void created.push(p)) as never;
    fakeBrowser.contextMenus.removeAll = (async () => undefined) as never;
    await buildMenus([clipMenu], createTranslator('ru'), { site: identifySite('https://a.ru') });
    expect(created).toEqual([
      expect.objectContaining({
        id: MENU_ADD_TO_DEALBRIEF,
        title: 'Добавить в DealBrief',
        contexts: ['selection'],
      }),
    ]);
  });

  it('routes a click to its owner, which saves the clip', async () => {
    const other: MenuContribution = { entries: () => [], handle: async () => false };
    const handled = await dispatchMenuClick([other, clipMenu], MENU_ADD_TO_DEALBRIEF, {
      db,
      owner: 'Anna',
      selection: 'Плановый запуск цеха — март',
      url: 'https://www.tehnoprom.ru/news',
      title: 'Новости — ТехноПром',
    });
    expect(handled).toBe(true);
    const prospect = await findProspectByDomain(db, 'tehnoprom.ru');
    expect((await listClips(db, prospect!.id))[0]?.quote).toBe('Плановый запуск цеха — март');
    expect(
      await dispatchMenuClick([other, clipMenu], 'nobody', {
        db,
        owner: '',
        selection: 'x',
        url: 'https://a.ru',
        title: '',
      }),
    ).toBe(false);
  });
});
