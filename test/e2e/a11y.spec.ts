import { seriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';

test.describe('accessibility of the panel', () => {
  test('empty states, an unknown site, a prospect, settings: no serious or critical violations', async ({
    context,
    sites,
    openPanel,
  }) => {
    const site = await context.newPage();
    await site.goto('chrome://version');
    const panel = await openPanel(site);
    await expect(panel.getByRole('heading', { name: 'This is a browser page' })).toBeVisible();
    expect(await seriousA11yViolations(panel)).toEqual([]);

    await site.goto(sites.url('www.tehnoprom.test', '/'));
    await expect(panel.getByRole('button', { name: 'Start a brief' })).toBeVisible();
    expect(await seriousA11yViolations(panel)).toEqual([]);

    await panel.getByRole('button', { name: 'Start a brief' }).click();
    await panel.getByRole('textbox', { name: 'Notes' }).fill('Notes for the audit');
    await panel.getByRole('button', { name: /Add a domain/ }).click();
    expect(await seriousA11yViolations(panel)).toEqual([]);

    await panel.getByRole('button', { name: 'Settings' }).click();
    await expect(panel.getByRole('heading', { name: 'Settings' })).toBeVisible();
    expect(await seriousA11yViolations(panel)).toEqual([]);
  });

  test('the panel works from the keyboard alone', async ({ context, sites, openPanel }) => {
    const site = await context.newPage();
    await site.goto(sites.url('northwind.test', '/'));
    const panel = await openPanel(site);
    await expect(panel.getByRole('button', { name: 'Start a brief' })).toBeVisible();
    // Tab to "Start a brief" and press Enter.
    for (let i = 0; i < 10; i++) {
      await panel.keyboard.press('Tab');
      const focused = await panel.evaluate(() => document.activeElement?.textContent ?? '');
      if (focused.includes('Start a brief')) break;
    }
    await panel.keyboard.press('Enter');
    const notes = panel.getByRole('textbox', { name: 'Notes' });
    await expect(notes).toBeVisible();
    await notes.focus();
    await panel.keyboard.type('Typed without a mouse');
    await expect(notes).toHaveValue('Typed without a mouse');

    // The sections: one tab stop, arrow keys move and select, the panel follows.
    const notesTab = panel.getByRole('tab', { name: 'Notes' });
    await notesTab.focus();
    await panel.keyboard.press('ArrowRight');
    await expect(panel.getByRole('tab', { name: 'Portrait' })).toBeFocused();
    await expect(panel.getByRole('tab', { name: 'Portrait' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await panel.keyboard.press('End');
    await expect(panel.getByRole('tab', { name: 'USP draft' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await panel.keyboard.press('ArrowRight');
    await expect(notesTab).toHaveAttribute('aria-selected', 'true');
    await panel.keyboard.press('ArrowLeft');
    await panel.keyboard.press('ArrowLeft');
    await expect(panel.getByRole('tab', { name: 'Brief' })).toBeFocused();
    // Tab moves into the section's content.
    await panel.keyboard.press('Tab');
    await expect(panel.getByRole('tabpanel')).toBeFocused();
  });

  test('removing, choosing and closing keep the keyboard in its place; the map follows the focus', async ({
    sites,
    startBrief,
  }) => {
    const { panel } = await startBrief(sites.url('northwind.test', '/'));

    // People added by hand: the new person's card takes the focus.
    await panel.getByRole('tab', { name: 'People' }).click();
    const addForm = panel.getByRole('form', { name: 'Add a person' });
    for (const name of ['Tom Baker', 'Ann Lee', 'Raj Patel', 'Eva Green']) {
      await addForm.getByRole('textbox', { name: 'Full name' }).fill(name);
      await addForm.getByRole('textbox', { name: 'Full name' }).press('Enter');
      await expect(panel.getByRole('heading', { name: `Edit: ${name}` })).toBeFocused();
    }
    // Closing the card returns focus to that person on the map.
    await panel.getByRole('button', { name: 'Close card' }).press('Enter');
    const map = panel.getByRole('group', { name: 'Decision-maker map' });
    const eva = map.getByRole('button', { name: /^Eva Green/ });
    await expect(eva).toBeFocused();

    // Zoomed in from the keyboard, Tab to each person brings them into view.
    const box = panel.locator('.people-map__box');
    for (let i = 0; i < 4; i++) await panel.keyboard.press('+');
    await panel.keyboard.press('ArrowLeft');
    for (const name of ['Tom Baker', 'Ann Lee', 'Raj Patel', 'Eva Green']) {
      const node = map.getByRole('button', { name: new RegExp(`^${name}`) });
      await node.focus();
      await expect
        .poll(async () => {
          const [n, b] = await Promise.all([node.boundingBox(), box.boundingBox()]);
          return !!n && !!b && n.x >= b.x && n.y >= b.y && n.x + n.width <= b.x + b.width + 0.5;
        })
        .toBe(true);
    }

    // Deleting a person from their card puts the focus on Undo; Enter brings them back.
    await map.getByRole('button', { name: /^Ann Lee/ }).press('Enter');
    await expect(panel.getByRole('heading', { name: 'Edit: Ann Lee' })).toBeFocused();
    await panel.getByRole('button', { name: 'Delete Ann Lee' }).press('Enter');
    const undo = panel.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await panel.keyboard.press('Enter');
    await expect(map.getByRole('button', { name: /^Ann Lee/ })).toBeVisible();

    // Removing a need from the keyboard: focus lands on the list's Undo, not the page's top.
    await panel.getByRole('tab', { name: 'Brief' }).click();
    await panel.getByRole('button', { name: 'Add a need' }).click();
    const need = panel.getByRole('textbox', { name: "Need in the client's words" });
    await need.fill('Deliveries arrive late');
    await panel.getByRole('button', { name: 'Remove need' }).press('Enter');
    await expect(panel.getByRole('button', { name: 'Undo' })).toBeFocused();
  });

  test('every section of a prospect, in both languages, and the dashboard: no serious or critical violations', async ({
    context,
    sites,
    openPanel,
    extId,
  }) => {
    const site = await context.newPage();
    await site.goto(sites.url('www.tehnoprom.test', '/about.html'));
    const panel = await openPanel(site);
    await panel.getByRole('button', { name: 'Start a brief' }).click();
    for (const [lang, tabs] of [
      ['en', ['Notes', 'Portrait', 'People', 'Brief', 'USP draft']],
      ['ru', ['Заметки', 'Портрет', 'ЛПР', 'Бриф', 'УТП']],
    ] as const) {
      if (lang === 'ru') {
        await panel.getByRole('button', { name: 'Settings' }).click();
        await panel.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
        await panel.getByRole('button', { name: 'Назад к клиенту' }).click();
      }
      for (const name of tabs) {
        const tab = panel.getByRole('tab', { name });
        await tab.click();
        await expect(tab).toHaveAttribute('aria-selected', 'true');
        await expect(panel.getByRole('tabpanel')).not.toContainText(/Loading…|Загрузка…/);
        expect(await seriousA11yViolations(panel), `${lang} ${name}`).toEqual([]);
      }
    }

    const dashboard = await context.newPage();
    await dashboard.goto(`chrome-extension://${extId}/dashboard.html`);
    await expect(dashboard.getByRole('link', { name: 'ТехноПром' })).toBeVisible();
    expect(await seriousA11yViolations(dashboard)).toEqual([]);
  });
});
