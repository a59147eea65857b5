import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const EXTENSION_DIR = resolve(
  ROOT,
  process.env.DEALBRIEF_OUT_DIR ?? '.output',
  'chrome-mv3',
);

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** A Chromium-family browser that can load an unpacked extension, or null. */
export function findBrowser(): string | null {
  return CANDIDATES.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

export const NO_BROWSER_MESSAGE = [
  'No Chromium or Chrome was found.',
  'Install one, then run the command again:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  macOS:          brew install --cask chromium   (or install Google Chrome)',
  'Or point CHROME_PATH at your browser: CHROME_PATH=/path/to/chrome npm start',
].join('\n');

export interface LaunchOptions {
  userDataDir: string;
  headless: boolean;
  /** Where `*.test` host names resolve (the demo site server). */
  mapTestHostsTo?: string;
  extensionDir?: string;
}

/**
 * Launches Chromium with the built extension. Background networking is off (this machine has no
 * internet, and the extension must not need it); `*.test` resolves to the demo server and every
 * other host name fails, so a stray request shows up as a failure instead of leaving.
 */
export async function launchWithExtension(options: LaunchOptions): Promise<BrowserContext> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
  ];
  if (options.mapTestHostsTo)
    args.push(`--host-resolver-rules=MAP *.test ${options.mapTestHostsTo}, EXCLUDE localhost`);
  return chromium.launchPersistentContext(options.userDataDir, {
    executablePath,
    headless: options.headless,
    args,
    ignoreDefaultArgs: [
      '--disable-extensions',
      '--disable-component-extensions-with-background-pages',
    ],
    viewport: null,
  });
}

/** The extension's service worker (waits for it on a fresh profile). */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return (
    existing ??
    context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
    })
  );
}

export async function extensionId(context: BrowserContext): Promise<string> {
  return new URL((await extensionWorker(context)).url()).host;
}

/** Finds the browser's tab id of a page (extension pages can see every tab's URL). */
export async function tabIdOf(extPage: Page, page: Page): Promise<number> {
  const url = page.url();
  const id = await extPage.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u || t.pendingUrl === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab for ${url}`);
  return id;
}

/**
 * Opens the real side panel for the window of an extension page: the CDP evaluation carries a
 * user gesture, which `chrome.sidePanel.open` requires.
 */
export async function openRealSidePanel(context: BrowserContext, extPage: Page): Promise<void> {
  const cdp = await context.newCDPSession(extPage);
  const result = (await cdp.send('Runtime.evaluate', {
    expression:
      'chrome.windows.getCurrent().then((w) => chrome.sidePanel.open({ windowId: w.id })).then(() => "ok")',
    userGesture: true,
    awaitPromise: true,
    returnByValue: true,
  })) as { result?: { value?: unknown }; exceptionDetails?: unknown };
  if (result.exceptionDetails)
    throw new Error(`sidePanel.open failed: ${JSON.stringify(result.exceptionDetails)}`);
  await cdp.detach();
}
