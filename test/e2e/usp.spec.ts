import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './a11y';
import { expect, externalRequests, test } from './fixtures';

const PAINS = [
  'Deliveries are always late and our line stands idle',
  'Suppliers want prepayment, we need to pay on delivery',
  'We want our logo engraved on every part',
];
const SAME_DAY =
  'Sheet steel shipped from our warehouse on the day of the order, delivered within 24 hours';
const PENALTY = 'The delivery date is fixed in the contract; we pay a penalty for every day late';
const DEFERRAL = 'No prepayment: you pay up to 45 days after delivery';

/** Opens the panel on the demo prospect and starts its brief. */
async function startProspect(
  context: import('@playwright/test').BrowserContext,
  openPanel: (page: Page) => Promise<Page>,
  url: string,
): Promise<Page> {
  const site = await context.newPage();
  await site.goto(url);
  const panel = await openPanel(site);
  await panel.getByRole('button', { name: 'Start a brief' }).click();
  await expect(panel.getByRole('textbox', { name: 'Company name' })).toBeVisible();
  return panel;
}

async function addProperty(panel: Page, n: number, statement: string, proof = '') {
  await panel.getByRole('button', { name: 'Add a property' }).click();
  const property = panel.getByRole('group', { name: `Property ${n}` });
  await property.getByRole('textbox', { name: 'Statement' }).fill(statement);
  if (proof) await property.getByRole('textbox', { name: 'Proof' }).fill(proof);
  return property;
}

test.describe('USP draft: offer profiles and the tailored draft', () => {
  test('create a profile, fill a brief, generate: answers and a gap; confirm, edit, regenerate, copy as Markdown', async ({
    context,
    sites,
    openPanel,
    requests,
  }) => {
    // Extension origins count as opaque to the permission API: grant for every origin instead.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const panel = await startProspect(context, openPanel, sites.url('www.tehnoprom.test', '/'));

    // The brief: three pains in the client's words, through the Brief section.
    await panel.getByRole('tab', { name: 'Brief' }).click();
    for (const [i, pain] of PAINS.entries()) {
      await panel.getByRole('button', { name: 'Add a need' }).click();
      await panel
        .getByRole('listitem', { name: `Need ${i + 1}` })
        .getByRole('textbox', { name: "Need in the client's words" })
        .fill(pain);
    }

    // The offer profile, made in the panel's sub-view; the example ships beside it.
    await panel.getByRole('tab', { name: 'USP draft' }).click();
    await panel.getByRole('button', { name: 'Edit offer profiles' }).click();
    await expect(
      panel.getByRole('button', { name: /^Steel from stock \(example\)/ }),
    ).toBeVisible();
    await panel.getByRole('button', { name: 'New offer profile' }).click();
    await panel.getByRole('textbox', { name: 'Profile name' }).fill('Steel service');
    await addProperty(panel, 1, SAME_DAY, '96% of orders shipped the same day');
    await addProperty(panel, 2, PENALTY, 'Clause 5.3 of the contract');
    const deferral = await addProperty(panel, 3, DEFERRAL);
    await deferral.getByRole('combobox', { name: 'Add a category…' }).selectOption('payment_terms');
    await expect(
      deferral.getByRole('button', { name: 'Remove category Payment terms' }),
    ).toBeVisible();
    await panel.getByRole('button', { name: 'Add a competitor' }).click();
    const rival = panel.getByRole('group', { name: 'Competitor 1' });
    await rival.getByRole('textbox', { name: 'Competitor name' }).fill('Metalservice');
    await rival
      .getByRole('textbox', { name: 'What they do worse or don’t do' })
      .fill('Prepayment only, delivery takes a week');
    await panel.getByRole('button', { name: 'All offer profiles' }).click();
    await expect(panel.getByRole('button', { name: /^Steel service/ })).toContainText(
      '3 properties',
    );
    expect(await seriousA11yViolations(panel)).toEqual([]);
    await panel.getByRole('button', { name: 'Back to the draft' }).click();

    // Link the prospect to the profile and generate.
    await panel
      .getByRole('combobox', { name: 'Offer profile' })
      .selectOption({ label: 'Steel service' });
    await expect(panel.getByText('3 needs in the brief')).toBeVisible();
    await panel.getByRole('button', { name: 'Generate the draft' }).click();

    const matches = panel.getByRole('list', { name: 'Pains and our answers' });
    const late = matches.getByRole('listitem').filter({ hasText: PAINS[0] });
    const prepay = matches.getByRole('listitem').filter({ hasText: PAINS[1] });
    const logo = matches.getByRole('listitem').filter({ hasText: PAINS[2] });
    await expect(panel.getByText('2 of 3 answered')).toBeVisible();
    await expect(late).toContainText(PENALTY);
    await expect(late).toContainText('Why:');
    await expect(prepay).toContainText(DEFERRAL);
    await expect(prepay).toContainText('Payment terms');
    await expect(logo).toContainText('Our offer has no answer to this yet.');
    const draftText = panel.getByRole('textbox', { name: 'Draft text' });
    await expect(draftText).not.toHaveValue(/no answer/);
    await expect(
      panel.getByRole('region', { name: 'Needs without an answer (for you, not for the client)' }),
    ).toContainText(PAINS[2]!);
    await expect(draftText).not.toHaveValue(/logo engraved on every part” →/);

    // The rep answers the late deliveries with same-day shipping instead.
    const answer = late.getByRole('combobox', { name: /^Answer to “Deliveries are always late/ });
    const sameDay = await answer
      .locator('option', { hasText: SAME_DAY.slice(0, 40) })
      .getAttribute('value');
    await answer.selectOption(sameDay!);
    await expect(late).toContainText('Confirmed by you');
    await expect(late).toContainText(SAME_DAY);
    await expect(draftText).toHaveValue(new RegExp(`${SAME_DAY.slice(0, 40)}`));

    // The rep edits the text; it saves itself.
    const edit = '\nIvan, I will call you on Monday at 10:00.';
    await draftText.press('Control+End');
    await draftText.pressSequentially(edit);
    await expect(panel.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

    // Regenerate: the edit and the confirmed link are kept, and a version is saved with time.
    await panel.getByRole('button', { name: 'Regenerate' }).click();
    await expect(panel.getByText('1 saved version')).toBeVisible();
    await expect(draftText).toHaveValue(/I will call you on Monday at 10:00\.$/);
    await expect(late).toContainText('Confirmed by you');
    await expect(late).toContainText(SAME_DAY);

    // Copy as Markdown: the clipboard holds the edited draft as Markdown.
    await panel.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(panel.getByText('Copied as Markdown.')).toBeVisible();
    const markdown = await panel.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^# ТехноПром: our answer to “/);
    expect(markdown).toContain('I will call you on Monday at 10:00.');
    expect(markdown).toContain(`→ ${SAME_DAY}`);
    expect(markdown).not.toContain(PAINS[2]);
    expect(markdown).toMatch(/\n## /);

    // Reopening the panel shows the same draft: everything was saved.
    const again = await openPanel(
      await context.newPage().then(async (p) => {
        await p.goto(sites.url('www.tehnoprom.test', '/about.html'));
        return p;
      }),
    );
    await again.getByRole('tab', { name: 'USP draft' }).click();
    await expect(again.getByRole('textbox', { name: 'Draft text' })).toHaveValue(
      /I will call you on Monday at 10:00\.$/,
    );
    expect(await seriousA11yViolations(again)).toEqual([]);
    expect(externalRequests(requests, sites)).toEqual([]);
  });

  test('export and import offer profiles as JSON; a bad file is refused with the field path; the example stays deleted', async ({
    context,
    sites,
    openPanel,
    extId,
  }) => {
    const panel = await startProspect(context, openPanel, sites.url('northwind.test', '/'));
    await panel.getByRole('tab', { name: 'USP draft' }).click();
    await panel.getByRole('button', { name: 'Edit offer profiles' }).click();
    const example = panel.getByRole('button', { name: /^Steel from stock \(example\)/ });
    await expect(example).toBeVisible();

    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export Steel from stock (example) as JSON' }).click(),
    ]);
    const exported = await readFile((await download.path())!, 'utf8');
    const file = JSON.parse(exported) as {
      format: string;
      profiles: Array<{ properties: Array<{ categories: string[] }> }>;
    };
    expect(file.format).toBe('dealbrief.offerProfiles');
    expect(file.profiles).toHaveLength(1);

    // A broken file: one category is not in the concept list. Nothing is written.
    file.profiles[0]!.properties[1]!.categories = ['speed of light'];
    const [chooser] = await Promise.all([
      panel.waitForEvent('filechooser'),
      panel.getByRole('button', { name: 'Import JSON…' }).click(),
    ]);
    await chooser.setFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect(panel.getByRole('alert')).toContainText(
      '“broken.json” was not imported, nothing was changed: at profiles[0].properties[1].categories[0]: must be one of',
    );
    await expect(
      panel.getByRole('list', { name: 'Offer profiles' }).getByRole('listitem'),
    ).toHaveCount(1);

    // Delete the example, import the good file: it comes back once, as the imported profile.
    await panel.getByRole('button', { name: 'Delete Steel from stock (example)' }).click();
    await expect(panel.getByText('No offer profiles. Create one or import a file.')).toBeVisible();
    const [again] = await Promise.all([
      panel.waitForEvent('filechooser'),
      panel.getByRole('button', { name: 'Import JSON…' }).click(),
    ]);
    await again.setFiles({
      name: 'offers.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect(panel.getByText('1 profile imported.')).toBeVisible();
    await expect(example).toBeVisible();
    await panel.getByRole('button', { name: 'Delete Steel from stock (example)' }).click();

    // A fresh panel does not re-create the deleted example.
    const fresh = await openPanel(
      await context.newPage().then(async (p) => {
        await p.goto(sites.url('northwind.test', '/about.html'));
        return p;
      }),
    );
    await fresh.getByRole('tab', { name: 'USP draft' }).click();
    await expect(fresh.getByText(/There is no offer profile yet/)).toBeVisible();
    await fresh.getByRole('button', { name: 'Edit offer profiles' }).click();
    await expect(fresh.getByText('No offer profiles. Create one or import a file.')).toBeVisible();

    // The same editor in a full tab: a profile made there shows in the panel at once.
    const tab = await context.newPage();
    await tab.goto(`chrome-extension://${extId}/offers.html`);
    await tab.getByRole('button', { name: 'New offer profile' }).click();
    await tab.getByRole('textbox', { name: 'Profile name' }).fill('Made in a tab');
    await tab.getByRole('button', { name: 'All offer profiles' }).click();
    await expect(fresh.getByRole('button', { name: /^Made in a tab/ })).toBeVisible();
  });
});
