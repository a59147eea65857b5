import { extensionWorker, tabIdOf } from '../../scripts/lib/chromium';
import { expect, externalRequests, testWithSiteAccess } from './fixtures';

// Scans need the demo sites' host permission, granted up front (see fixtures.ts).
const test = testWithSiteAccess;

test.describe('portrait: scan the page, accept suggestions, capture into fields', () => {
  test('scan the Contacts page, accept one and all; reopened, the portrait holds them with evidence', async ({
    context,
    sites,
    openPanel,
    requests,
  }) => {
    const site = await context.newPage();
    const contacts = sites.url('www.tehnoprom.test', '/contacts.html');
    await site.goto(contacts);
    const panel = await openPanel(site);
    await panel.getByRole('button', { name: 'Start a brief' }).click();
    await panel.getByRole('tab', { name: 'Portrait' }).click();
    await panel.getByRole('button', { name: 'Scan page' }).click();
    await expect(panel.getByText(/Found \d+ facts on “Контакты — ТехноПром”/)).toBeVisible();

    const list = panel.getByRole('list', { name: 'Suggestions from the scanned pages' });
    // A fact's own value (snippets of other facts may quote it too).
    const item = (value: string) =>
      list.getByRole('listitem').filter({ has: panel.getByText(value, { exact: true }) });
    const inn = item('6671482931');
    await expect(inn).toContainText('ИНН');
    await expect(inn.getByRole('link', { name: 'Контакты — ТехноПром' })).toHaveAttribute(
      'href',
      contacts,
    );
    await inn.getByRole('button', { name: 'Accept ИНН (tax id): 6671482931' }).click();
    await expect(item('6671482931')).toHaveCount(0);
    await expect(panel.getByRole('textbox', { name: 'ИНН (tax id)' })).toHaveValue('6671482931');

    // Dismiss the fax, accept everything else.
    await item('+7 343 210-45-68 (fax)')
      .getByRole('button', { name: /^Dismiss/ })
      .click();
    await panel.getByRole('button', { name: 'Accept all' }).click();
    await expect(panel.getByText('Everything found is decided.', { exact: false })).toBeVisible();

    // Scanning a second page of the site merges: known facts are not suggested again.
    await site.goto(sites.url('www.tehnoprom.test', '/about.html'));
    await panel.getByRole('button', { name: 'Scan page' }).click();
    await expect(panel.getByText('Suggestions from 2 scanned pages of this site.')).toBeVisible();
    await expect(item('info@tehnoprom.test')).toHaveCount(0);
    await panel.close();

    const again = await openPanel(site);
    await again.getByRole('tab', { name: 'Portrait' }).click();
    await expect(again.getByRole('textbox', { name: 'ИНН (tax id)' })).toHaveValue('6671482931');
    await expect(again.getByRole('textbox', { name: 'Legal name' })).toHaveValue('ООО «ТехноПром»');
    const emails = again.getByRole('list', { name: 'E-mails' });
    await expect(emails).toContainText('info@tehnoprom.test');
    await expect(emails).toContainText('zakupki@tehnoprom.test');
    await expect(again.getByRole('list', { name: 'Phones' })).not.toContainText('(fax)');

    // The evidence shows on keyboard focus: the quote, the page, the time.
    const why = again.getByRole('button', { name: 'Where “ИНН (tax id)” came from' });
    await why.focus();
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    const tip = again.locator(`[id="${await why.getAttribute('aria-controls')}"]`);
    await expect(tip).toContainText('6671482931');
    await expect(tip.getByRole('link', { name: 'Контакты — ТехноПром' })).toHaveAttribute(
      'href',
      contacts,
    );
    await expect(tip).toContainText('captured');
    await again.keyboard.press('Escape');
    await expect(tip).toBeHidden();

    expect(externalRequests(requests, sites)).toEqual([]);
  });

  test('context menu: Add to portrait ▸ Floor area saves the selection with its evidence', async ({
    context,
    sites,
    openPanel,
    extPage,
  }) => {
    const site = await context.newPage();
    const about = sites.url('www.tehnoprom.test', '/about.html');
    await site.goto(about);
    const panel = await openPanel(site);
    await panel.getByRole('button', { name: 'Start a brief' }).click();
    await panel.getByRole('tab', { name: 'Portrait' }).click();
    await panel.getByRole('combobox', { name: 'Portrait template' }).selectOption({
      label: 'Retail / wholesale client',
    });
    await expect(panel.getByRole('heading', { name: 'Retail / wholesale client' })).toBeVisible();

    // The context menu's click cannot be driven natively: the test fires the browser's own
    // contextMenus.onClicked event in the service worker, so the real listener and our
    // contribution's handler run exactly as on a right-click.
    const tabId = await tabIdOf(extPage, site);
    const worker = await extensionWorker(context);
    await worker.evaluate(
      `chrome.tabs.get(${tabId}).then((tab) => chrome.contextMenus.onClicked.dispatch({
        menuItemId: 'dealbrief-portrait:floorArea',
        selectionText: 'Торговый зал 1 200 м²',
        pageUrl: ${JSON.stringify(about)},
        frameId: 0,
        editable: false,
      }, tab))`,
    );
    const floor = panel.getByRole('spinbutton', { name: /Floor area/ });
    await expect(floor).toHaveValue('1200');
    const why = panel.getByRole('button', { name: 'Where “Floor area” came from' });
    await why.click();
    const tip = panel.locator(`[id="${await why.getAttribute('aria-controls')}"]`);
    await expect(tip).toContainText('Торговый зал 1 200 м²');
    await expect(tip.getByRole('link')).toHaveAttribute('href', about);

    // Switching template keeps the value under "Other fields".
    await panel
      .getByRole('combobox', { name: 'Portrait template' })
      .selectOption({ label: 'Generic' });
    await expect(panel.getByRole('heading', { name: 'Other fields' })).toBeVisible();
    await expect(panel.getByRole('list', { name: 'Floor area' })).toContainText('1200');
  });

  test('a chrome:// tab gets a clear message instead of a scan', async ({
    context,
    sites,
    openPanel,
  }) => {
    const site = await context.newPage();
    await site.goto(sites.url('www.tehnoprom.test', '/contacts.html'));
    const panel = await openPanel(site);
    await panel.getByRole('button', { name: 'Start a brief' }).click();
    await panel.getByRole('tab', { name: 'Portrait' }).click();
    await expect(panel.getByRole('button', { name: 'Scan page' })).toBeVisible();
    await site.goto('chrome://version');
    await expect(panel.getByRole('heading', { name: 'This is a browser page' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Scan page' })).toHaveCount(0);
  });
});
