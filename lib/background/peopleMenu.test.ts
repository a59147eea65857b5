import { describe, expect, it } from 'vitest';
import { freshDbPerTest } from '../db/testing';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DealBriefDb, findProspectByDomain, listPeople } from '../db';
import { createTranslator } from '../i18n';
import { identifySite } from '../site/domain';
import { buildMenus, dispatchMenuClick } from './menus';
import { addPersonFromSelection, MENU_ADD_PERSON, peopleMenu } from './peopleMenu';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

describe('"Add person to DealBrief"', () => {
  it('offers the entry in the UI language', async () => {
    const created: Array<{ id: string; title: string }> = [];
    fakeBrowser.contextMenus.create = ((p: { id: string; title: string }) =>
      void created.push(p)) as never;
    fakeBrowser.contextMenus.removeAll = (async () => undefined) as never;
    await buildMenus([peopleMenu], createTranslator('ru'), { site: identifySite('https://a.ru') });
    expect(created).toEqual([
      expect.objectContaining({ id: MENU_ADD_PERSON, title: 'Добавить человека в DealBrief' }),
    ]);
  });

  it('parses name and position, creates the prospect and keeps the quote as evidence', async () => {
    const handled = await dispatchMenuClick([peopleMenu], MENU_ADD_PERSON, {
      db,
      owner: 'Anna',
      selection: 'Главный инженер — Иванов Иван Иванович',
      url: 'https://www.tehnoprom.ru/team.html',
      title: 'Команда — ТехноПром',
    });
    expect(handled).toBe(true);
    const prospect = await findProspectByDomain(db, 'tehnoprom.ru');
    expect(prospect?.name).toBe('ТехноПром');
    const [person] = await listPeople(db, prospect!.id);
    expect(person).toMatchObject({ fullName: 'Иванов Иван Иванович', position: 'Главный инженер' });
    expect(person?.evidence[0]).toMatchObject({
      kind: 'page',
      url: 'https://www.tehnoprom.ru/team.html',
      pageTitle: 'Команда — ТехноПром',
      quote: 'Главный инженер — Иванов Иван Иванович',
    });
  });

  it('keeps text it cannot split as the name, and refuses empty or non-site input', async () => {
    const p = await addPersonFromSelection(db, '', {
      text: '<b>Somebody 12345678 somewhere</b> said hello.',
      url: 'https://acme.com/',
      title: '',
    });
    expect(p.fullName).toBe('<b>Somebody 12345678 somewhere</b> said hello.');
    await expect(
      addPersonFromSelection(db, '', { text: '   ', url: 'https://acme.com/', title: '' }),
    ).rejects.toMatchObject({ code: 'capture_empty' });
    await expect(
      addPersonFromSelection(db, '', { text: 'x', url: 'chrome://settings', title: '' }),
    ).rejects.toMatchObject({ code: 'capture_unsupported' });
  });
});
