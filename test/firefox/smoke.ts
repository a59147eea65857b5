import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSiteServer } from '../../scripts/lib/siteServer';
import { findFirefox, Marionette, type ElementRef } from './marionette';

// The Firefox build (MV2, `sidebar_action`) in real Firefox: the add-on installs, its panel page
// follows the active tab, starts a brief, keeps notes typed just before it is closed, and the
// dashboard lists the prospect. Run by `npm test` after the Firefox build and `web-ext lint`.

const EXTENSION_DIR = resolve(fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url)));
const ADDON_ID = 'dealbrief@dealbrief.app';
const UUID = '5e1d7c2a-0b6f-4d1e-9c3a-7f2b8e4d6a10';
const BASE = `moz-extension://${UUID}`;
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

const ROLE_SELECTORS: Record<string, string> = {
  button: 'button, [role="button"]',
  textbox: 'textarea, input:not([type]), input[type="text"], [role="textbox"]',
  heading: 'h1, h2, h3, h4, [role="heading"]',
  link: 'a[href], [role="link"]',
  searchbox: 'input[type="search"], [role="searchbox"]',
};

const binary = findFirefox();
if (!binary) {
  console.error(
    'Firefox was not found for the Firefox smoke test. Install it: apt-get install -y firefox-esr ' +
      '(or set FIREFOX_PATH to a Firefox 140+ binary).',
  );
  process.exit(1);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>) {
  const deadline = Date.now() + 15_000;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await sleep(100);
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

const server = await startSiteServer();
const siteUrl = (host: string, path = '/') => `http://${host}:${server.port}${path}`;
const ff = await Marionette.launch(binary, {
  'network.dns.localDomains': 'www.tehnoprom.test,tehnoprom.test,www.northwind.test,northwind.test',
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
  'intl.locale.requested': 'en-US',
});

/** Finds the element whose accessible role and name (Firefox's own computation) match. */
async function byRole(role: string, name: string): Promise<string | null> {
  const found = await ff.value<ElementRef[]>('WebDriver:FindElements', {
    using: 'css selector',
    value: ROLE_SELECTORS[role] ?? `[role="${role}"]`,
  });
  for (const ref of found) {
    const id = ref[ELEMENT_KEY]!;
    const [computedRole, label] = await Promise.all([
      ff.value<string>('WebDriver:GetComputedRole', { id }),
      ff.value<string>('WebDriver:GetComputedLabel', { id }),
    ]);
    if (computedRole === role && label.trim() === name) return id;
  }
  return null;
}

const get = (role: string, name: string) => until(`${role} “${name}”`, () => byRole(role, name));
const valueOf = (id: string) =>
  ff.value<string>('WebDriver:GetElementProperty', { id, name: 'value' });

async function handles(): Promise<string[]> {
  return ff.value<string[]>('WebDriver:GetWindowHandles');
}

/** Opens `url` in a new, selected tab the way the browser itself would, and drives it. */
async function openTab(url: string): Promise<string> {
  const before = new Set(await handles());
  await ff.chrome(
    `const w = Services.wm.getMostRecentWindow('navigator:browser');
     w.gBrowser.selectedTab = w.gBrowser.addTab(arguments[0], {
       triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
    [url],
  );
  const handle = await until(`a tab for ${url}`, async () =>
    (await handles()).find((h) => !before.has(h)),
  );
  await ff.send('WebDriver:SwitchToWindow', { handle, focus: true });
  return handle;
}

async function selectTab(handle: string) {
  await ff.send('WebDriver:SwitchToWindow', { handle, focus: true });
}

async function closeTab(handle: string) {
  await ff.send('WebDriver:SwitchToWindow', { handle });
  await ff.send('WebDriver:CloseWindow');
}

/** The add-on's id for the tab showing `url`, asked from an extension page. */
async function extensionTabId(url: string): Promise<number> {
  return ff.value<number>('WebDriver:ExecuteAsyncScript', {
    script: `const done = arguments[arguments.length - 1];
      (window.wrappedJSObject ?? window).browser.tabs.query({}).then(
        (tabs) => done(tabs.find((t) => t.url === arguments[0])?.id ?? -1),
        (e) => done(-2));`,
    args: [url],
  });
}

const steps: string[] = [];
async function step(name: string, run: () => Promise<void>) {
  await run();
  steps.push(name);
  console.log(`  ✓ ${name}`);
}

let failed = false;
try {
  console.log(`Firefox smoke test (${binary}, ${EXTENSION_DIR})`);
  await ff.send('Addon:Install', { path: EXTENSION_DIR, temporary: true });
  const about = siteUrl('www.tehnoprom.test', '/about.html');
  await ff.send('WebDriver:Navigate', { url: about });
  const site = await ff.value<string>('WebDriver:GetWindowHandle');

  let follower = '';
  await step('the panel page follows the active tab', async () => {
    follower = await openTab(`${BASE}/sidepanel.html`);
    await until('the extension-page note', async () =>
      (await ff.content<string>('return document.body.innerText')).includes('extension page'),
    );
    await selectTab(site);
    await ff.send('WebDriver:SwitchToWindow', { handle: follower, focus: false });
    await get('heading', 'ТехноПром');
    await get('button', 'Start a brief');
  });

  const tabId = await extensionTabId(about);
  if (tabId < 0) throw new Error(`No extension tab id for ${about} (${tabId})`);
  const text = 'ЛПР — Иван Петров, коммерческий директор 🚀 decides by Friday';

  await step('start a brief, type notes, close the panel at once: the notes are kept', async () => {
    const panel = await openTab(`${BASE}/sidepanel.html?tabId=${tabId}`);
    await ff.send('WebDriver:ElementClick', { id: await get('button', 'Start a brief') });
    const company = await get('textbox', 'Company name');
    await until('the company name', async () => (await valueOf(company)) === 'ТехноПром');
    const notes = await get('textbox', 'Notes');
    await ff.send('WebDriver:ElementSendKeys', { id: notes, text });
    await closeTab(panel);
    await openTab(`${BASE}/sidepanel.html?tabId=${tabId}`);
    const again = await get('textbox', 'Notes');
    const kept = await until('the notes', async () => {
      const value = await valueOf(again);
      return value === text ? value : null;
    });
    if (kept !== text) throw new Error(`Notes after reopening: ${JSON.stringify(kept)}`);
  });

  await step('a selection sent to the background becomes a clip in the panel', async () => {
    const quote = 'Главная проблема — срывы сроков поставки листа.';
    const reply = await ff.value<unknown>('WebDriver:ExecuteAsyncScript', {
      script: `const done = arguments[arguments.length - 1];
        (window.wrappedJSObject ?? window).browser.runtime
          .sendMessage({ dealbrief: 1, name: 'captureSelection', input: arguments[0] })
          .then((r) => done(JSON.stringify(r)), (e) => done(String(e)));`,
      args: [{ tabId, text: quote, url: about, title: 'О компании — ТехноПром' }],
    });
    if (!String(reply).includes('"ok":true')) throw new Error(`Capture replied ${String(reply)}`);
    await get('link', 'О компании — ТехноПром');
    await until('the quote in the clips', async () =>
      (await ff.content<string>('return document.body.innerText')).includes(quote),
    );
  });

  await step('the panel follows a navigation to another company', async () => {
    await selectTab(site);
    await ff.send('WebDriver:Navigate', { url: siteUrl('www.northwind.test', '/about.html') });
    await ff.send('WebDriver:SwitchToWindow', { handle: follower, focus: false });
    await until('the Northwind prospect', async () =>
      (await ff.content<string>('return document.body.innerText')).includes('northwind.test'),
    );
    await ff.send('WebDriver:ElementClick', { id: await get('button', 'Start a brief') });
    await get('textbox', 'Notes');
  });

  await step('the dashboard lists both prospects and finds one by its notes', async () => {
    await openTab(`${BASE}/dashboard.html`);
    const body = () => ff.content<string>('return document.body.innerText');
    await until('both prospects in the table', async () => {
      const shown = await body();
      return shown.includes('ТехноПром') && shown.includes('northwind.test');
    });
    const search = await get('searchbox', 'Search prospects');
    await ff.send('WebDriver:ElementSendKeys', { id: search, text: 'Петров' });
    await until('only ТехноПром found', async () => {
      const shown = await body();
      return shown.includes('ТехноПром') && !shown.includes('northwind.test');
    });
  });
} catch (error) {
  failed = true;
  console.error(`  ✗ after ${steps.length} step(s): ${(error as Error).message}`);
} finally {
  await ff.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
