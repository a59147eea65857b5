import { expect, externalRequests, test } from './fixtures';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXTENSION_DIR, openRealSidePanel, tabIdOf } from '../../scripts/lib/chromium';
import { realPanelClick, realPanelFill, realPanelSnapshot } from './realPanel';

test.describe('foundation: the panel follows the tab and keeps a brief per prospect', () => {
  test('start a brief, type notes, close and reopen: notes intact; no network requests', async ({
    context,
    sites,
    openPanel,
    requests,
  }) => {
    const site = await context.newPage();
    await site.goto(sites.url('www.tehnoprom.test', '/about.html'));
    const panel = await openPanel(site);

    await expect(panel.getByRole('heading', { name: 'ТехноПром' })).toBeVisible();
    await expect(panel.getByText('tehnoprom.test', { exact: true })).toBeVisible();
    await panel.getByRole('button', { name: 'Start a brief' }).click();
    await expect(panel.getByRole('textbox', { name: 'Company name' })).toHaveValue('ТехноПром');
    await expect(panel.getByText('Selection')).toBeVisible();

    const notes = panel.getByRole('textbox', { name: 'Notes' });
    const text = 'Главный инженер решает 🙂 — звонить после 10:00\nשלום (RTL)';
    await notes.fill(text);
    // Close at once, without waiting for the autosave pause.
    await panel.close();

    const again = await openPanel(site);
    await expect(again.getByRole('textbox', { name: 'Notes' })).toHaveValue(text);

    // A subdomain of the same company finds the same prospect.
    await site.goto(sites.url('shop.tehnoprom.test', '/'));
    await expect(again.getByRole('textbox', { name: 'Notes' })).toHaveValue(text);

    expect(externalRequests(requests, sites)).toEqual([]);
  });

  test('the real side panel follows tab switches and navigation; non-site pages get an empty state', async ({
    context,
    sites,
    extPage,
    requests,
  }) => {
    // Opened from an extension page with a user gesture, as a click on the toolbar button would.
    await openRealSidePanel(context, extPage);
    const first = await context.newPage();
    await first.goto(sites.url('www.tehnoprom.test', '/contacts.html'));
    const second = await context.newPage();
    await second.goto(sites.url('northwind.test', '/about.html'));
    const panel = () => realPanelSnapshot(extPage);

    await first.bringToFront();
    await expect.poll(async () => (await panel())?.headings).toContain('ТехноПром');
    await realPanelClick(extPage, 'Start a brief');
    await expect.poll(async () => (await panel())?.textboxes['Company name']).toBe('ТехноПром');
    await realPanelFill(extPage, 'Notes', 'ТехноПром notes');

    await second.bringToFront();
    await expect.poll(async () => (await panel())?.headings).toContain('Northwind Metals');
    expect((await panel())?.buttons).toContain('Start a brief');

    await first.bringToFront();
    await expect.poll(async () => (await panel())?.textboxes['Notes']).toBe('ТехноПром notes');

    // Navigating within the tab switches too.
    await first.goto(sites.url('northwind.test', '/team.html'));
    await expect.poll(async () => (await panel())?.buttons).toContain('Start a brief');

    await first.goto('chrome://version');
    await expect.poll(async () => (await panel())?.headings).toContain('This is a browser page');
    await first.goto(sites.url('www.tehnoprom.test', '/price.pdf'));
    await expect.poll(async () => (await panel())?.headings).toContain('This is a PDF document');
    await first.goto('about:blank');
    await expect.poll(async () => (await panel())?.headings).toContain('This is a browser page');

    expect(externalRequests(requests, sites)).toEqual([]);
  });

  test('a pinned panel shows a clear message when its tab closes', async ({
    context,
    sites,
    openPanel,
  }) => {
    const site = await context.newPage();
    await site.goto(sites.url('northwind.test', '/'));
    const panel = await openPanel(site);
    await panel.getByRole('button', { name: 'Start a brief' }).click();
    await panel.getByRole('textbox', { name: 'Notes' }).fill('written while the tab closes');
    await site.close();
    await expect(
      panel.getByText('The tab you were looking at was closed. Everything you typed is saved.'),
    ).toBeVisible();
    const other = await context.newPage();
    await other.goto(sites.url('northwind.test', '/contacts.html'));
    const again = await openPanel(other);
    await expect(again.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      'written while the tab closes',
    );
  });

  test('a selection added from the context menu appears at once with its URL', async ({
    context,
    sites,
    openPanel,
    extPage,
    requests,
  }) => {
    const site = await context.newPage();
    const url = sites.url('www.tehnoprom.test', '/about.html');
    await site.goto(url);
    const panel = await openPanel(site);
    await expect(panel.getByRole('button', { name: 'Start a brief' })).toBeVisible();

    // The context menu's click handler runs the same protocol message the test sends here.
    const quote =
      'Главная проблема — срывы сроков: линия простаивает, пока ждём лист нужной марки.';
    const tabId = await tabIdOf(extPage, site);
    const reply = await extPage.evaluate(
      ([text, pageUrl, tab]) =>
        chrome.runtime.sendMessage({
          dealbrief: 1,
          name: 'captureSelection',
          input: {
            tabId: tab,
            text: `${text}<img src=x onerror="document.title='pwned'">`,
            url: pageUrl,
            title: 'О компании — ТехноПром',
          },
        }),
      [quote, url, tabId] as const,
    );
    expect(reply).toMatchObject({ ok: true });

    // The prospect was created by the capture, and the clip shows with its source link.
    const clip = panel.getByRole('listitem').filter({ hasText: quote });
    await expect(clip).toBeVisible();
    await expect(clip.getByRole('link', { name: 'О компании — ТехноПром' })).toHaveAttribute(
      'href',
      url,
    );
    await expect(panel.getByRole('textbox', { name: 'Company name' })).toHaveValue('ТехноПром');
    // Page text is data: the markup is shown as text, never run.
    await expect(clip.getByText('<img src=x onerror=', { exact: false })).toBeVisible();
    expect(await panel.title()).not.toBe('pwned');

    // The toolbar badge now marks the site.
    const badge = await extPage.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe('✓');

    // Delete, then undo.
    await clip.getByRole('button', { name: 'Delete clip' }).click();
    await expect(panel.getByRole('listitem').filter({ hasText: quote })).toHaveCount(0);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect(panel.getByRole('listitem').filter({ hasText: quote })).toBeVisible();

    expect(externalRequests(requests, sites)).toEqual([]);
  });

  test('notes update live in a second panel; language switches to Russian', async ({
    context,
    sites,
    openPanel,
  }) => {
    const site = await context.newPage();
    await site.goto(sites.url('northwind.test', '/'));
    const a = await openPanel(site);
    await a.getByRole('button', { name: 'Start a brief' }).click();
    const b = await openPanel(site);
    await a.getByRole('textbox', { name: 'Notes' }).fill('Tom Baker decides on consumables');
    await expect(b.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      'Tom Baker decides on consumables',
    );

    await a.getByRole('button', { name: 'Settings' }).click();
    await a.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    await a.getByRole('textbox', { name: 'Ваше имя' }).fill('Анна');
    await a.getByRole('button', { name: 'Назад к клиенту' }).click();
    await expect(a.getByRole('textbox', { name: 'Заметки' })).toHaveValue(
      'Tom Baker decides on consumables',
    );
    // The other panel follows the setting too.
    await expect(b.getByRole('textbox', { name: 'Заметки' })).toBeVisible();
  });

  test('aliases: a second domain finds the same prospect', async ({
    context,
    sites,
    openPanel,
  }) => {
    const site = await context.newPage();
    await site.goto(sites.url('northwind.test', '/'));
    const panel = await openPanel(site);
    await panel.getByRole('button', { name: 'Start a brief' }).click();
    await panel.getByRole('button', { name: /Add a domain/ }).click();
    await panel
      .getByRole('textbox', { name: 'Another website of this company' })
      .fill('not a domain!');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(panel.getByRole('alert')).toContainText('is not a website address');
    await panel
      .getByRole('textbox', { name: 'Another website of this company' })
      .fill('https://www.tehnoprom.test/en/');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(panel.getByRole('list', { name: 'Domains' })).toContainText('tehnoprom.test');

    await site.goto(sites.url('www.tehnoprom.test', '/en/'));
    await expect(panel.getByRole('textbox', { name: 'Company name' })).toHaveValue(
      'Northwind Metals',
    );
  });
});

test.describe('first paint: the company before the app', () => {
  test('a known company’s name is painted as text before the app loads, then the app takes over', async ({
    context,
    extId,
    extPage,
    sites,
    startBrief,
  }) => {
    const { site, panel } = await startBrief(sites.url('www.tehnoprom.test', '/about.html'));
    const hostile = '<img src=x onerror="window.pwned=1">ТехноПром';
    await panel.getByRole('textbox', { name: 'Company name' }).fill(hostile);
    // The first paint reads the database: wait until the name is stored there.
    await expect
      .poll(() =>
        extPage.evaluate(
          () =>
            new Promise<unknown>((resolve) => {
              const open = indexedDB.open('dealbrief');
              open.onsuccess = () => {
                const all = open.result.transaction('prospects').objectStore('prospects').getAll();
                all.onsuccess = () => {
                  resolve((all.result as Array<{ name: string }>).map((p) => p.name));
                  open.result.close();
                };
              };
            }),
        ),
      )
      .toEqual([hostile]);
    await panel.close();

    // Record what the first paint put on screen, and whether a loading state came between it
    // and the app.
    const watched = await context.newPage();
    await watched.addInitScript(() => {
      const seen: Array<{ text: string; elements: number }> = [];
      const between: string[] = [];
      Object.assign(globalThis, { glimpses: seen, between });
      new MutationObserver(() => {
        const frame = document.querySelector('[data-glimpse]');
        const name = frame?.querySelector('h1');
        if (name && seen.length === 0)
          seen.push({ text: name.textContent ?? '', elements: name.querySelectorAll('*').length });
        const status = document.querySelector('#root .status');
        if (seen.length > 0 && status && !between.includes(status.textContent ?? ''))
          between.push(status.textContent ?? '');
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await watched.goto(
      `chrome-extension://${extId}/sidepanel.html?tabId=${await tabIdOf(extPage, site)}`,
    );

    await expect(watched.getByRole('textbox', { name: 'Company name' })).toHaveValue(hostile);
    const { glimpses, between } = await watched.evaluate(() => {
      const g = globalThis as unknown as { glimpses: unknown[]; between: string[] };
      return { glimpses: g.glimpses, between: g.between };
    });
    expect(glimpses).toEqual([{ text: hostile, elements: 0 }]);
    // The app's first frame shows the same company: no "Loading…" in between.
    expect(between.filter((text) => /Loading/.test(text))).toEqual([]);
    // The app owns the screen now: no leftover first-paint frame, not busy, nothing executed.
    await expect(watched.locator('[data-glimpse]')).toHaveCount(0);
    await expect(watched.locator('#root')).not.toHaveAttribute('aria-busy', 'true');
    expect(await watched.evaluate(() => 'pwned' in globalThis)).toBe(false);
  });

  test('the built panel page keeps the app inert until the first paint wakes it', async () => {
    // Guards the build step (deferPanelApp in wxt.config.ts), whose patterns follow Vite's tags.
    const html = await readFile(join(EXTENSION_DIR, 'sidepanel.html'), 'utf8');
    expect(html).toMatch(/<script[^>]*src="\/panel-boot\.js"/);
    expect(html).toMatch(/<script type="dealbrief\/app" data-src="\/chunks\/[^"]+\.js">/);
    expect(html).not.toMatch(/<script[^>]*type="module"/);
    expect(html).not.toMatch(/rel="modulepreload"/);
    expect(html).toMatch(/<style>[^<]*\.prospect-header/);
  });
});
