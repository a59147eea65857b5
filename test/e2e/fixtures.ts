import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  test as base,
  expect,
  type BrowserContext,
  type Page,
  type Request,
} from '@playwright/test';
import {
  EXTENSION_DIR,
  extensionId,
  launchWithExtension,
  tabIdOf,
} from '../../scripts/lib/chromium';
import { startSiteServer, type SiteServer } from '../../scripts/lib/siteServer';

// Service-worker fetches are only reported to Playwright with this flag; we want to see them.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export interface Fixtures {
  context: BrowserContext;
  extId: string;
  /** Every request made in the browser during the test. */
  requests: Request[];
  /** Opens the panel as a tab pinned to `page`'s tab (Chrome opens the real panel only on a gesture). */
  openPanel: (page: Page) => Promise<Page>;
  /** An extension page for calling extension APIs from the test. */
  extPage: Page;
  /** Opens `url` in a tab, a panel pinned to it, and starts a brief for the site. */
  startBrief: (url: string) => Promise<{ site: Page; panel: Page }>;
}

/**
 * Launches Chromium with the built extension in a fresh profile. With `grantDemoSites`, a copy
 * of the build whose manifest already holds the demo sites' host permission is loaded: the
 * state after the rep clicked "Allow" in the browser's permission prompt, which is browser UI a
 * test cannot click. Everything else is the extension as built.
 */
async function launchContext(
  grantDemoSites: boolean,
  use: (context: BrowserContext) => Promise<void>,
) {
  const dir = await mkdtemp(join(tmpdir(), 'dealbrief-e2e-'));
  let extensionDir = EXTENSION_DIR;
  if (grantDemoSites) {
    extensionDir = join(dir, 'extension');
    await cp(EXTENSION_DIR, extensionDir, { recursive: true });
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
    manifest.host_permissions = ['http://*.test/*'];
    await writeFile(manifestPath, JSON.stringify(manifest));
  }
  const context = await launchWithExtension({
    userDataDir: join(dir, 'profile'),
    headless: true,
    mapTestHostsTo: '127.0.0.1',
    extensionDir,
  });
  await use(context);
  await context.close();
  await rm(dir, { recursive: true, force: true });
}

export const test = base.extend<Fixtures, { sites: SiteServer }>({
  startBrief: async ({ context, openPanel }, use) => {
    await use(async (url) => {
      const site = await context.newPage();
      await site.goto(url);
      const panel = await openPanel(site);
      await panel.getByRole('button', { name: 'Start a brief' }).click();
      await expect(panel.getByRole('textbox', { name: 'Company name' })).toBeVisible();
      return { site, panel };
    });
  },
  sites: [
    async ({}, use) => {
      const server = await startSiteServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'dealbrief-e2e-'));
    const context = await launchWithExtension({
      userDataDir: dir,
      headless: true,
      mapTestHostsTo: '127.0.0.1',
    });
    await use(context);
    await context.close();
    await rm(dir, { recursive: true, force: true });
  },
  // Automatic in every test, whatever it does: nothing leaves the machine.
  requests: [
    async ({ context, sites }, use) => {
      const seen: Request[] = [];
      context.on('request', (r) => seen.push(r));
      await use(seen);
      expect(externalRequests(seen, sites), 'requests that left the machine').toEqual([]);
    },
    { auto: true },
  ],
  extId: async ({ context }, use) => {
    await use(await extensionId(context));
  },
  extPage: async ({ context, extId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extId}/sidepanel.html`);
    await use(page);
  },
  openPanel: async ({ context, extId, extPage }, use) => {
    await use(async (page) => {
      const tabId = await tabIdOf(extPage, page);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    });
  },
});

/** The same fixtures, with the demo sites' host permission already granted (page scans). */
export const testWithSiteAccess = test.extend({
  context: async ({}, use) => launchContext(true, use),
});

/**
 * Sends a message of the extension's own protocol from an extension page, as the context-menu
 * handlers do in the background (a native context menu cannot be clicked from a test).
 */
export function sendProtocolMessage(
  extPage: Page,
  name: string,
  input: Record<string, unknown>,
): Promise<unknown> {
  return extPage.evaluate(
    ([n, i]) => chrome.runtime.sendMessage({ dealbrief: 1, name: n, input: i }),
    [name, input] as const,
  );
}

/** Requests that left for anywhere but the extension itself and the local demo sites. */
export function externalRequests(requests: Request[], sites: SiteServer): string[] {
  return requests
    .map((r) => r.url())
    .filter((url) => {
      try {
        const u = new URL(url);
        // Only these schemes reach the network; chrome://, data:, blob: and extension URLs don't.
        if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(u.protocol)) return false;
        return !(u.hostname.endsWith('.test') && Number(u.port) === sites.port);
      } catch {
        return true;
      }
    });
}

export { expect };
