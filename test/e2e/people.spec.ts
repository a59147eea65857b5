import type { Page } from '@playwright/test';
import { tabIdOf } from '../../scripts/lib/chromium';
import { expect, externalRequests, testWithSiteAccess } from './fixtures';

// Scans need the demo sites' host permission, granted up front (see fixtures.ts).
const test = testWithSiteAccess;

/**
 * Writes three earlier prospects whose chief engineer turned out to be the decision maker, in the
 * app's own record shape, straight into the extension's database (as if briefed months ago).
 */
async function seedBase(extPage: Page) {
  await extPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('dealbrief');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['prospects', 'people'], 'readwrite');
    const positions = ['Chief Engineer', 'главный инженер', 'Гл. инженер'];
    positions.forEach((position, i) => {
      const prospectId = `seed-prospect-${i}`;
      tx.objectStore('prospects').put({
        id: prospectId,
        domains: [`plant-${i}.ru`],
        name: `Plant ${i}`,
        stage: 'needs_identified',
        stageHistory: [],
        owner: '',
        tags: [],
        portraitTemplateId: 'generic',
        createdAt: 1,
        updatedAt: 1,
      });
      const person = (id: string, fields: Record<string, unknown>) => ({
        id,
        prospectId,
        fullName: id,
        position: '',
        department: '',
        role: 'unknown',
        influence: 3,
        attitude: 'unknown',
        roleSource: 'guess',
        influences: [],
        contacts: [],
        notes: '',
        evidence: [],
        createdAt: 1,
        updatedAt: 1,
        ...fields,
      });
      tx.objectStore('people').put(
        person(`seed-engineer-${i}`, {
          position,
          role: 'decision_maker',
          roleSource: 'confirmed_indirectly',
        }),
      );
      tx.objectStore('people').put(
        person(`seed-director-${i}`, { position: 'Генеральный директор', role: 'influencer' }),
      );
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

test.describe('decision-maker map', () => {
  test('three people from a selection, the page scan and by hand; map, list, coaching and learning agree', async ({
    context,
    sites,
    openPanel,
    extPage,
    requests,
  }) => {
    const site = await context.newPage();
    const url = sites.url('www.tehnoprom.test', '/team.html');
    await site.goto(url);
    const panel = await openPanel(site);
    await expect(panel.getByRole('button', { name: 'Start a brief' })).toBeVisible();
    await seedBase(extPage);

    // 1. From a selection: the context menu's handler runs this same protocol message.
    const tabId = await tabIdOf(extPage, site);
    const reply = await extPage.evaluate(
      ([pageUrl, tab]) =>
        chrome.runtime.sendMessage({
          dealbrief: 1,
          name: 'addPersonFromSelection',
          input: {
            tabId: tab,
            text: 'Генеральный директор — Ковалёв Андрей Сергеевич',
            url: pageUrl,
            title: 'Команда — ТехноПром',
          },
        }),
      [url, tabId] as const,
    );
    expect(reply).toMatchObject({ ok: true });

    await panel.getByRole('tab', { name: 'People' }).click();
    const map = panel.getByRole('group', { name: 'Decision-maker map' });
    const ceo = map.getByRole('button', {
      name: /^Ковалёв Андрей Сергеевич, Генеральный директор, Role unknown/,
    });
    await expect(ceo).toBeVisible();
    const warnings = panel.getByRole('list', { name: 'Coaching' });
    await expect(warnings).toContainText('No decision maker identified.');
    await expect(warnings).toContainText('Single-threaded.');
    await expect(warnings).toContainText('No gatekeeper known.');
    // While nobody decides, the indirect questions show in the prospect's language (Russian).
    const questions = panel.getByRole('list', {
      name: 'Questions that reveal the real decision maker',
    });
    await expect(questions).toContainText('Как у вас обычно выбирают подрядчика?');
    await expect(panel.getByRole('button', { name: 'Copy question 1' })).toBeVisible();

    // The selection is kept as evidence with its page.
    await ceo.click();
    const ceoCard = panel.getByRole('region', { name: 'Edit: Ковалёв Андрей Сергеевич' });
    await expect(ceoCard.getByRole('link', { name: 'Команда — ТехноПром' })).toHaveAttribute(
      'href',
      url,
    );
    await ceoCard.getByRole('button', { name: 'Close card' }).click();

    // 2. From the page scan: the Team page's people, minus those already on the map.
    await panel.getByRole('button', { name: 'Find people on this page' }).click();
    const found = panel.getByRole('list', { name: 'Found on this site' });
    await expect(found).toContainText('Иванов Иван Иванович');
    await expect(found).toContainText('Белова Марина Викторовна');
    await expect(found).not.toContainText('Ковалёв');
    await found.getByRole('button', { name: 'Add Иванов Иван Иванович' }).click();
    await expect(found).not.toContainText('Иванов Иван Иванович');

    // The base has three chief engineers who decided: the new one gets that role suggested.
    const ivanovCard = panel.getByRole('region', { name: 'Edit: Иванов Иван Иванович' });
    await expect(ivanovCard.getByRole('status').first()).toContainText(
      'Suggested role: Decision maker. In your base this position had this role in 3 of 3 prospects.',
    );
    await ivanovCard.getByRole('button', { name: 'Set role: Decision maker' }).click();
    await expect(ivanovCard.getByRole('combobox', { name: 'Role in the decision' })).toHaveValue(
      'decision_maker',
    );
    await expect(warnings).not.toContainText('No decision maker identified.');
    await expect(warnings).toContainText('The decision maker is not confirmed.');
    await expect(warnings).not.toContainText('Single-threaded.');
    await expect(questions).toBeVisible();
    // Keyboard alternative to dragging: the "Reports to" select.
    await ivanovCard
      .getByRole('combobox', { name: 'Reports to' })
      .selectOption({ label: 'Ковалёв Андрей Сергеевич' });
    await ivanovCard.getByRole('textbox', { name: 'Department' }).fill('Технический отдел');
    await ivanovCard.getByRole('button', { name: 'Close card' }).click();

    // 3. By hand.
    await panel.getByRole('textbox', { name: 'Full name' }).fill('Орлова Светлана Петровна');
    await panel.getByRole('textbox', { name: 'Position' }).fill('Секретарь');
    await panel.getByRole('button', { name: 'Add person' }).click();
    const orlovaCard = panel.getByRole('region', { name: 'Edit: Орлова Светлана Петровна' });
    await expect(orlovaCard).toContainText('Suggested role: Gatekeeper (secretary, assistant).');
    await orlovaCard.getByRole('button', { name: /^Set role: Gatekeeper/ }).click();
    await expect(warnings).not.toContainText('No gatekeeper known.');
    await orlovaCard.getByRole('combobox', { name: 'Attitude to us' }).selectOption('supporter');
    await orlovaCard.getByRole('checkbox', { name: 'Иванов Иван Иванович' }).check();
    await orlovaCard.getByRole('button', { name: 'Close card' }).click();

    // Drag on the map: Orlova onto Kovalyov makes her report to him.
    const orlova = map.getByRole('button', { name: /^Орлова Светлана Петровна/ });
    await map.scrollIntoViewIfNeeded();
    const from = (await orlova.boundingBox())!;
    const to = (await ceo.boundingBox())!;
    await panel.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await panel.mouse.down();
    await panel.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 - 10);
    await panel.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await panel.mouse.up();
    await expect(panel.getByText('Орлова Светлана Петровна now reports to')).toBeVisible();
    await expect(orlova).toHaveAccessibleName(/reports to Ковалёв Андрей Сергеевич$/);

    // Confirm the decision maker: the warning and the questions go.
    await map.getByRole('button', { name: /^Иванов Иван Иванович/ }).click();
    await ivanovCard
      .getByRole('combobox', { name: 'How the role is known' })
      .selectOption('confirmed_indirectly');
    await expect(warnings).toHaveCount(0);
    await expect(panel.getByText('No warnings: the decision maker is confirmed')).toBeVisible();
    await expect(questions).toHaveCount(0);

    // The map and the list view tell the same story.
    const expected = [
      ['Ковалёв Андрей Сергеевич', 'Role unknown', '—'],
      ['Иванов Иван Иванович', 'Decision maker', 'Ковалёв Андрей Сергеевич'],
      ['Орлова Светлана Петровна', 'Gatekeeper (secretary, assistant)', 'Ковалёв Андрей Сергеевич'],
    ] as const;
    for (const [name, role, boss] of expected) {
      const node = map.getByRole('button', { name: new RegExp(`^${name}`) });
      await expect(node).toHaveAccessibleName(new RegExp(`, ${role.replace(/[()]/g, '\\$&')},`));
      if (boss !== '—') await expect(node).toHaveAccessibleName(new RegExp(`reports to ${boss}$`));
      else await expect(node).not.toHaveAccessibleName(/reports to/);
    }
    await expect(map.getByRole('button')).toHaveCount(3);
    await panel.getByRole('button', { name: 'List', exact: true }).click();
    const table = panel.getByRole('table', { name: 'People of the buying group' });
    await expect(table.getByRole('row')).toHaveCount(4);
    for (const [name, role, boss] of expected) {
      const row = table.getByRole('row').filter({ has: panel.getByRole('button', { name }) });
      await expect(row.getByRole('cell').nth(0)).toContainText(role);
      await expect(row.getByRole('cell').nth(2)).toHaveText(boss);
    }
    await expect(
      table.getByRole('row').filter({ hasText: 'Орлова' }).getByRole('cell').nth(3),
    ).toHaveText('Иванов Иван Иванович');

    // Learning from the base: chief engineers decided in all four prospects now.
    await panel.locator('summary').filter({ hasText: 'Who decides in your base' }).click();
    await expect(
      panel.getByRole('table', { name: 'Who decides in your base' }).getByRole('row', {
        name: /Chief engineer/i,
      }),
    ).toContainText('100% – 4 of 4 prospects');

    // Everything persists: a fresh panel shows the same people.
    const again = await openPanel(site);
    await again.getByRole('tab', { name: 'People' }).click();
    await again.getByRole('button', { name: 'List', exact: true }).click();
    await expect(
      again.getByRole('table', { name: 'People of the buying group' }).getByRole('row'),
    ).toHaveCount(4);

    expect(externalRequests(requests, sites)).toEqual([]);
  });

  test('merging two entries of one person keeps every field and evidence; page text stays text', async ({
    context,
    sites,
    openPanel,
    extPage,
  }) => {
    const site = await context.newPage();
    const url = sites.url('northwind.test', '/team.html');
    await site.goto(url);
    const panel = await openPanel(site);
    await panel.getByRole('button', { name: 'Start a brief' }).click();
    const tabId = await tabIdOf(extPage, site);
    const send = (text: string) =>
      extPage.evaluate(
        ([t, pageUrl, tab]) =>
          chrome.runtime.sendMessage({
            dealbrief: 1,
            name: 'addPersonFromSelection',
            input: { tabId: tab, text: t, url: pageUrl, title: 'Team — Northwind' },
          }),
        [text, url, tabId] as const,
      );
    expect(await send('Tom Baker, Head of Procurement')).toMatchObject({ ok: true });
    expect(await send('T. Baker — Procurement')).toMatchObject({ ok: true });
    expect(await send('<img src=x onerror="document.title=\'pwned\'">')).toMatchObject({
      ok: true,
    });
    await panel.getByRole('tab', { name: 'People' }).click();
    await panel.getByRole('button', { name: 'List', exact: true }).click();
    const table = panel.getByRole('table', { name: 'People of the buying group' });
    await expect(table.getByRole('row')).toHaveCount(4);
    // Hostile page text is shown as text, never run.
    await expect(table).toContainText('<img src=x onerror=');
    expect(await panel.title()).not.toBe('pwned');

    await panel.getByRole('button', { name: 'Tom Baker', exact: true }).click();
    const card = panel.getByRole('region', { name: 'Edit: Tom Baker' });
    await card.getByRole('button', { name: 'Add a contact' }).click();
    await card.getByRole('textbox', { name: 'Contact 1' }).fill('+1 555 0100');
    await card.getByRole('combobox', { name: 'Influence' }).selectOption('5');
    await card.getByRole('textbox', { name: 'Notes on this person' }).fill('Prefers e-mail');
    await card.getByRole('button', { name: 'Close card' }).click();

    const dup = panel.getByRole('region', { name: 'Possible duplicates' });
    await expect(dup).toBeVisible();
    await dup.getByRole('button', { name: 'Merge Tom Baker and T. Baker' }).click();
    await expect(table.getByRole('row')).toHaveCount(3);
    const merged = panel.getByRole('region', { name: /^Edit: / });
    await expect(merged.getByRole('textbox', { name: 'Contact 1' })).toHaveValue('+1 555 0100');
    await expect(merged.getByRole('combobox', { name: 'Influence' })).toHaveValue('5');
    await expect(merged.getByRole('textbox', { name: 'Notes on this person' })).toHaveValue(
      /Prefers e-mail/,
    );
    // Both selections stay as evidence.
    await expect(merged.getByRole('listitem')).toHaveCount(2);
    await expect(merged).toContainText('Tom Baker, Head of Procurement');
    await expect(merged).toContainText('T. Baker — Procurement');
  });
});
