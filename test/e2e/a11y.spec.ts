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
      ['ru', ['Заметки', 'Портрет клиента', 'Карта ЛПР', 'Бриф', 'Черновик УТП']],
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
