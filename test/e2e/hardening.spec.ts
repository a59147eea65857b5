import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { extensionId, launchWithExtension, tabIdOf } from '../../scripts/lib/chromium';
import { startSiteServer } from '../../scripts/lib/siteServer';
import { expect, sendProtocolMessage, test, testWithSiteAccess } from './fixtures';

test.describe('nothing lost', () => {
  test('a company name typed just before the panel closes is kept, time after time', async ({
    sites,
    startBrief,
    openPanel,
  }) => {
    // Regression: a re-render while the saved record had not come back yet was taken for a change
    // made elsewhere, and the old name went back into the write-ahead log over the new one.
    const { site, panel } = await startBrief(sites.url('www.tehnoprom.test', '/about.html'));
    await panel.close();
    for (let round = 1; round <= 6; round++) {
      const open = await openPanel(site);
      const name = open.getByRole('textbox', { name: 'Company name' });
      await expect(name).toHaveValue(round === 1 ? 'ТехноПром' : `Name ${round - 1}`);
      await name.fill(`Name ${round}`);
      await open.close();
    }
    const last = await openPanel(site);
    await expect(last.getByRole('textbox', { name: 'Company name' })).toHaveValue('Name 6');
  });

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

testWithSiteAccess.describe('hostile pages and bad input', () => {
  testWithSiteAccess(
    'a page with a 1 MB text node, 10,000 rows, deep nesting, markup in its text and broken JSON-LD: scanned and captured safely',
    async ({ context, sites, openPanel, extPage }) => {
      const site = await context.newPage();
      const url = sites.url('hostile.test', '/');
      await site.goto(url);
      await expect(site.locator('#megatext')).toBeAttached();
      const panel = await openPanel(site);
      await panel.getByRole('button', { name: 'Start a brief' }).click();
      await panel.getByRole('tab', { name: 'Portrait' }).click();
      await panel.getByRole('button', { name: 'Scan page' }).click();
      await expect(panel.getByText(/Found \d+ facts on/)).toBeVisible({ timeout: 20_000 });
      const list = panel.getByRole('list', { name: 'Suggestions from the scanned pages' });
      await expect(list).toContainText('office@hostile.test');
      await expect(list).toContainText('+7 495 765-43-21');
      // Hidden text is not a fact of the page; prices and order numbers are not phones.
      const fact = (value: string) =>
        list.getByRole('listitem').filter({ has: panel.getByText(value, { exact: true }) });
      await expect(list).not.toContainText('hidden@hostile.test');
      await expect(fact('12 500')).toHaveCount(0);
      await expect(fact('2024-118')).toHaveCount(0);
      // Markup in the page's text is shown as text in the snippets, never run.
      await expect(list).toContainText(`<script>document.title='pwned'</script>`);

      // A 100 KB selection, with markup and handlers in it, saved and shown as text.
      const quote = `<img src=x onerror="document.title='pwned'"> ${'Цена 12 500 ₽ заказ 2024-118 '.repeat(3500)}`;
      expect(quote.length).toBeGreaterThan(100_000);
      const reply = await sendProtocolMessage(extPage, 'captureSelection', {
        text: quote,
        url,
        title: 'Hostile',
      });
      expect(reply).toMatchObject({ ok: true });
      await panel.getByRole('tab', { name: 'Notes' }).click();
      const clip = panel.getByRole('listitem').filter({ hasText: '<img src=x onerror=' });
      await expect(clip).toBeVisible();
      expect(await panel.title()).not.toBe('pwned');
      expect(await panel.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    },
  );

  testWithSiteAccess(
    'a page in another encoding, view-source and a PDF: no crash, a clear message',
    async ({ context, sites, openPanel }) => {
      const site = await context.newPage();
      await site.goto(sites.url('hostile.test', '/cp1251.html'));
      const panel = await openPanel(site);
      await panel.getByRole('button', { name: 'Start a brief' }).click();
      await panel.getByRole('tab', { name: 'Portrait' }).click();
      await panel.getByRole('button', { name: 'Scan page' }).click();
      // Served as UTF-8 but written in windows-1251: the text is garbled, the ASCII facts survive.
      await expect(
        panel.getByRole('list', { name: 'Suggestions from the scanned pages' }),
      ).toContainText('cp1251@hostile.test');

      await site.goto(`view-source:${sites.url('hostile.test', '/')}`);
      await expect(panel.getByRole('heading', { name: 'This is a browser page' })).toBeVisible();
      await site.goto(sites.url('www.tehnoprom.test', '/price.pdf'));
      await expect(panel.getByRole('heading', { name: 'This is a PDF document' })).toBeVisible();
    },
  );
});

test.describe('two panels on one brief', () => {
  test('different fields and the same field edited at once: nothing is lost', async ({
    context,
    sites,
    openPanel,
  }) => {
    const site = await context.newPage();
    await site.goto(sites.url('www.tehnoprom.test', '/about.html'));
    const a = await openPanel(site);
    await a.getByRole('button', { name: 'Start a brief' }).click();
    await a.getByRole('tab', { name: 'Brief' }).click();
    await a.getByRole('textbox', { name: 'Budget', exact: true }).fill('2 млн');
    const b = await openPanel(site);
    await b.getByRole('tab', { name: 'Brief' }).click();
    await expect(b.getByRole('textbox', { name: 'Budget', exact: true })).toHaveValue('2 млн');

    // Different fields at once.
    await Promise.all([
      a.getByRole('textbox', { name: 'Timing', exact: true }).fill('Q1 2026'),
      b.getByRole('textbox', { name: 'Budget', exact: true }).fill('2 млн в год'),
    ]);
    // The same field at once.
    await Promise.all([
      a.getByRole('textbox', { name: 'Current situation', exact: true }).fill('Два цеха'),
      b
        .getByRole('textbox', { name: 'Current situation', exact: true })
        .fill('Третий цех строится'),
    ]);

    const c = await openPanel(site);
    await c.getByRole('tab', { name: 'Brief' }).click();
    await expect(c.getByRole('textbox', { name: 'Timing', exact: true })).toHaveValue('Q1 2026');
    await expect(c.getByRole('textbox', { name: 'Budget', exact: true })).toHaveValue(
      '2 млн в год',
    );
    // Both texts are in the brief (as one merged entry, or as two entries of the section).
    const allText = async () =>
      (
        await c
          .getByRole('textbox')
          .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))
      ).join('\n');
    await expect.poll(allText).toContain('Два цеха');
    await expect.poll(allText).toContain('Третий цех строится');

    // One existing entry edited in both panels at once: merged line by line.
    const entryA = a.getByRole('textbox', { name: 'Current situation', exact: true });
    const entryB = b.getByRole('textbox', { name: 'Current situation', exact: true });
    await expect(entryB).toHaveValue(await entryA.inputValue());
    const start = await entryA.inputValue();
    await Promise.all([
      entryA.fill(`${start}\nАнна: план на март`),
      entryB.fill(`${start}\nБорис: бюджет утверждён`),
    ]);
    const d = await openPanel(site);
    await d.getByRole('tab', { name: 'Brief' }).click();
    const merged = d.getByRole('textbox', { name: 'Current situation', exact: true });
    await expect(merged).toHaveValue(/Анна: план на март/);
    await expect(merged).toHaveValue(/Борис: бюджет утверждён/);
  });
});

test.describe('autosave everywhere', () => {
  test('typed into the brief, the portrait, a person, the draft and the notes, the panel closed at once: all there on reopening', async ({
    sites,
    openPanel,
    startBrief,
  }) => {
    const started = await startBrief(sites.url('www.tehnoprom.test', '/about.html'));
    const site = started.site;
    let panel = started.panel;

    await panel.getByRole('tab', { name: 'Brief' }).click();
    await panel
      .getByRole('textbox', { name: 'Current situation', exact: true })
      .fill('Два цеха, третий строится');
    await panel.close();
    panel = await openPanel(site);
    await panel.getByRole('tab', { name: 'Brief' }).click();
    await expect(
      panel.getByRole('textbox', { name: 'Current situation', exact: true }),
    ).toHaveValue('Два цеха, третий строится');

    await panel.getByRole('tab', { name: 'Portrait' }).click();
    await panel.getByRole('textbox', { name: 'Legal name' }).fill('ООО «ТехноПром»');
    await panel.close();
    panel = await openPanel(site);
    await panel.getByRole('tab', { name: 'Portrait' }).click();
    await expect(panel.getByRole('textbox', { name: 'Legal name' })).toHaveValue('ООО «ТехноПром»');

    // A person's notes.
    await panel.getByRole('tab', { name: 'People' }).click();
    await panel.getByRole('textbox', { name: 'Full name' }).fill('Иванов Иван Иванович');
    await panel.getByRole('textbox', { name: 'Position' }).fill('Главный инженер');
    await panel.getByRole('button', { name: 'Add person' }).click();
    await panel
      .getByRole('region', { name: 'Edit: Иванов Иван Иванович' })
      .getByRole('textbox', { name: 'Notes on this person' })
      .fill('Решает по запчастям');
    await panel.close();
    panel = await openPanel(site);
    await panel.getByRole('tab', { name: 'People' }).click();
    await panel
      .getByRole('button', { name: /^Иванов Иван Иванович/ })
      .first()
      .click();
    await expect(
      panel
        .getByRole('region', { name: 'Edit: Иванов Иван Иванович' })
        .getByRole('textbox', { name: 'Notes on this person' }),
    ).toHaveValue('Решает по запчастям');

    // The USP draft's text.
    await panel.getByRole('tab', { name: 'Brief' }).click();
    await panel.getByRole('button', { name: 'Add a need' }).click();
    await panel
      .getByRole('listitem', { name: 'Need 1' })
      .getByRole('textbox', { name: "Need in the client's words" })
      .fill('Deliveries are always late and the line stands idle');
    await panel.getByRole('tab', { name: 'USP draft' }).click();
    await panel.getByRole('combobox', { name: 'Offer profile' }).selectOption({ index: 1 });
    await panel.getByRole('button', { name: 'Generate the draft' }).click();
    const draft = panel.getByRole('textbox', { name: 'Draft text' });
    await expect(draft).not.toHaveValue('');
    const edited = `${await draft.inputValue()}\nP.S. Готовы приехать в четверг.`;
    await draft.fill(edited);
    await panel.close();
    panel = await openPanel(site);
    await panel.getByRole('tab', { name: 'USP draft' }).click();
    await expect(panel.getByRole('textbox', { name: 'Draft text' })).toHaveValue(edited);

    await panel.getByRole('tab', { name: 'Notes' }).click();
    await panel.getByRole('textbox', { name: 'Notes' }).fill('Звонить после 10');
    // The tab navigates away while the text is still being saved.
    await site.goto(sites.url('northwind.test', '/'));
    await site.goto(sites.url('www.tehnoprom.test', '/contacts.html'));
    await expect(panel.getByRole('textbox', { name: 'Notes' })).toHaveValue('Звонить после 10');
  });
});

test.describe('a full disk', () => {
  test('a save refused for lack of space: the user is told, nothing saved before is lost, typing is kept and saved later', async ({
    sites,
    openPanel,
    startBrief,
  }) => {
    const { site, panel } = await startBrief(sites.url('northwind.test', '/'));
    const notes = panel.getByRole('textbox', { name: 'Notes' });
    await notes.fill('Saved before the disk filled up');
    await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    // The browser refuses every write from now on, as it does when the quota is exhausted.
    await panel.evaluate(() => {
      const w = window as unknown as { __put: typeof IDBObjectStore.prototype.put };
      w.__put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await notes.fill('Saved before the disk filled up\nTyped while the disk is full');
    await expect(panel.getByRole('alert')).toContainText('no room left');
    await expect(notes).toHaveValue(
      'Saved before the disk filled up\nTyped while the disk is full',
    );

    // Space is freed; the next change saves everything typed.
    await panel.evaluate(() => {
      IDBObjectStore.prototype.put = (
        window as unknown as { __put: typeof IDBObjectStore.prototype.put }
      ).__put;
    });
    await notes.press('End');
    await notes.type('!');
    await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    const again = await openPanel(site);
    await expect(again.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      'Saved before the disk filled up\nTyped while the disk is full!',
    );
  });
});

test.describe('backup reminder', () => {
  test('after many changes without a backup the panel reminds; a full JSON export from the dashboard clears it', async ({
    context,
    sites,
    openPanel,
    extPage,
  }) => {
    const site = await context.newPage();
    await site.goto(sites.url('northwind.test', '/'));
    const first = await openPanel(site);
    await first.getByRole('button', { name: 'Start a brief' }).click();
    await expect(first.getByRole('complementary', { name: 'Backup reminder' })).toHaveCount(0);
    // Twelve prospects briefed earlier, never backed up.
    await extPage.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('dealbrief');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const tx = db.transaction('prospects', 'readwrite');
      for (let i = 0; i < 12; i++)
        tx.objectStore('prospects').put({
          id: `earlier-${i}`,
          domains: [`earlier-${i}.ru`],
          name: `Earlier ${i}`,
          stage: 'selection',
          stageHistory: [],
          owner: '',
          tags: [],
          portraitTemplateId: 'generic',
          createdAt: 1,
          updatedAt: Date.now() - i,
        });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    const panel = await openPanel(site);
    const reminder = panel.getByRole('complementary', { name: 'Backup reminder' });
    await expect(reminder).toContainText('13 prospects and no backup yet');

    const [dashboard] = await Promise.all([
      context.waitForEvent('page'),
      reminder.getByRole('button', { name: 'Save a backup…' }).click(),
    ]);
    await dashboard.waitForLoadState();
    await dashboard.getByRole('radio', { name: /^All/ }).check();
    const download = dashboard.waitForEvent('download');
    await dashboard.getByRole('button', { name: 'Backup bundle (JSON)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^dealbrief-all-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(reminder).toHaveCount(0);

    // "Remind me in a week" also quiets it.
    await extPage.evaluate(() => chrome.storage.local.remove('backup'));
    await expect(reminder).toBeVisible();
    await reminder.getByRole('button', { name: 'Remind me in a week' }).click();
    await expect(reminder).toHaveCount(0);
  });
});

test.describe('page text is never HTML', () => {
  test('a pain captured with markup shows as text in the brief and in the print view', async ({
    context,
    sites,
    extPage,
    startBrief,
  }) => {
    const url = sites.url('www.tehnoprom.test', '/about.html');
    const { panel } = await startBrief(url);
    const hostile = `Поставщик опаздывает <img src=x onerror="document.title='pwned'"><b>жирным</b>`;
    const reply = await sendProtocolMessage(extPage, 'captureToBrief', {
      text: hostile,
      url,
      title: 'О компании',
      target: 'pain',
    });
    expect(reply).toMatchObject({ ok: true });
    await panel.getByRole('tab', { name: 'Brief' }).click();
    await expect(
      panel
        .getByRole('textbox')
        .filter({ hasText: '<img src=x' })
        .or(panel.getByText('<img src=x', { exact: false }))
        .first(),
    ).toBeVisible();

    const [print] = await Promise.all([
      context.waitForEvent('page'),
      panel.getByRole('link', { name: 'Printable brief' }).click(),
    ]);
    await expect(
      print.getByText(`<img src=x onerror="document.title='pwned'"><b>жирным</b>`, {
        exact: false,
      }),
    ).toBeVisible();
    expect(await print.evaluate(() => document.querySelectorAll('img, b').length)).toBe(0);
    expect(await print.title()).not.toBe('pwned');
    expect(await panel.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
  });
});

test.describe('the service worker stopped, the browser closed', () => {
  test('a capture wakes a stopped service worker; notes typed meanwhile are saved', async ({
    context,
    sites,
    openPanel,
    extPage,
    startBrief,
  }) => {
    const url = sites.url('northwind.test', '/about.html');
    const { site, panel } = await startBrief(url);

    // Chrome stops idle extension workers; do it now.
    const cdp = await context.newCDPSession(extPage);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await panel.getByRole('textbox', { name: 'Notes' }).fill('Typed while the worker sleeps');

    const reply = await sendProtocolMessage(extPage, 'captureSelection', {
      text: 'Replacing the ERP in 2026',
      url,
      title: 'About us | Northwind Metals',
    });
    expect(reply).toMatchObject({ ok: true });
    await expect(
      panel.getByRole('listitem').filter({ hasText: 'Replacing the ERP in 2026' }),
    ).toBeVisible();
    const again = await openPanel(site);
    await expect(again.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      'Typed while the worker sleeps',
    );
  });
});

base('the browser closed right after typing: the text is there when it starts again', async () => {
  const sites = await startSiteServer();
  const dir = await mkdtemp(join(tmpdir(), 'dealbrief-restart-'));
  try {
    const launch = () =>
      launchWithExtension({ userDataDir: dir, headless: true, mapTestHostsTo: '127.0.0.1' });
    let context = await launch();
    let extId = await extensionId(context);
    const site = await context.newPage();
    await site.goto(sites.url('northwind.test', '/'));
    const helper = await context.newPage();
    await helper.goto(`chrome-extension://${extId}/sidepanel.html`);
    const tabId = await tabIdOf(helper, site);
    let panel = await context.newPage();
    await panel.goto(`chrome-extension://${extId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('button', { name: 'Start a brief' }).click();
    await panel
      .getByRole('textbox', { name: 'Notes' })
      .fill('Typed a moment before the browser closed');
    await context.close();

    context = await launch();
    extId = await extensionId(context);
    const site2 =
      context.pages().find((p) => p.url().includes('northwind.test')) ?? (await context.newPage());
    if (!site2.url().includes('northwind.test')) await site2.goto(sites.url('northwind.test', '/'));
    const helper2 = await context.newPage();
    await helper2.goto(`chrome-extension://${extId}/sidepanel.html`);
    panel = await context.newPage();
    await panel.goto(
      `chrome-extension://${extId}/sidepanel.html?tabId=${await tabIdOf(helper2, site2)}`,
    );
    await expect(panel.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      'Typed a moment before the browser closed',
    );
    await context.close();
  } finally {
    await sites.close();
    await rm(dir, { recursive: true, force: true });
  }
});
