import { expect, test } from './fixtures';

test.describe('nothing lost', () => {
  test('two panels typing into the same notes at once: both texts survive, the conflict is shown', async ({
    context,
    sites,
    openPanel,
  }) => {
    const site = await context.newPage();
    await site.goto(sites.url('northwind.test', '/'));
    const a = await openPanel(site);
    await a.getByRole('button', { name: 'Start a brief' }).click();
    await a.getByRole('textbox', { name: 'Notes' }).fill('Agenda');
    const b = await openPanel(site);
    await expect(b.getByRole('textbox', { name: 'Notes' })).toHaveValue('Agenda');

    // Both type before either autosave fires (400 ms).
    await Promise.all([
      a.getByRole('textbox', { name: 'Notes' }).fill('Agenda\nAnna: call Tom on Monday'),
      b.getByRole('textbox', { name: 'Notes' }).fill('Agenda\nBoris: send the price list'),
    ]);

    for (const panel of [a, b]) {
      const notes = panel.getByRole('textbox', { name: 'Notes' });
      await expect(notes).toHaveValue(/Anna: call Tom on Monday/);
      await expect(notes).toHaveValue(/Boris: send the price list/);
    }
    const conflictShown = async () => {
      for (const panel of [a, b]) {
        if (
          await panel
            .getByRole('status')
            .filter({ hasText: 'Edited in another window at the same time' })
            .count()
        )
          return true;
      }
      return false;
    };
    await expect.poll(conflictShown).toBe(true);

    // And the stored text has both: a third panel opened now shows them.
    const c = await openPanel(site);
    await expect(c.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      /Anna: call Tom on Monday[\s\S]*Boris|Boris[\s\S]*Anna: call Tom on Monday/,
    );
  });
});
