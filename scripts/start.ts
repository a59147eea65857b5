/**
 * `npm start`: builds the extension, serves the demo prospect sites on localhost, and opens
 * Chromium with DealBrief loaded on the demo company's site, side panel open.
 *
 *   --headless   run without a window (for checking the command on a server)
 *   --smoke      open, check that the panel shows the demo prospect, print "ready", exit
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import {
  EXTENSION_DIR,
  extensionId,
  extensionWorker,
  findBrowser,
  launchWithExtension,
  NO_BROWSER_MESSAGE,
  openRealSidePanel,
  ROOT,
} from './lib/chromium';
import { startSiteServer } from './lib/siteServer';

const args = new Set(process.argv.slice(2));
const smoke = args.has('--smoke');
const headless = smoke || args.has('--headless');
const PROFILE_DIR = resolve(ROOT, '.dealbrief-profile');

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: smoke ? 'ignore' : 'inherit' });
console.log(`\nUnpacked extension: ${EXTENSION_DIR}`);
console.log(
  '  To use it in your own Chrome: chrome://extensions → Developer mode → Load unpacked → that folder.\n',
);

if (!findBrowser()) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

const sites = await startSiteServer(Number(process.env.PORT ?? 0));
const demoUrl = sites.url('www.tehnoprom.test', '/about.html');
const context = await launchWithExtension({
  userDataDir: smoke ? resolve(ROOT, '.tmp/smoke-profile') : PROFILE_DIR,
  headless,
  mapTestHostsTo: '127.0.0.1',
});
const id = await extensionId(context);
// The side panel opens on a user gesture only, which an extension page can give: open one, open
// the panel from it, then take that same tab to the demo site (the panel follows the tab).
const blank = context.pages()[0];
const page = await context.newPage();
await page.goto(`chrome-extension://${id}/sidepanel.html`);
await blank?.close();
const worker = await extensionWorker(context);
const panelOpen = () =>
  worker.evaluate(
    async () =>
      (
        await chrome.runtime.getContexts({
          contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType],
        })
      ).length > 0,
  );
await openRealSidePanel(context, page).catch((error: unknown) => {
  console.warn(
    `Could not open the side panel automatically (${String(error)}). Click the DealBrief toolbar button.`,
  );
});
await page.goto(demoUrl);
for (let waited = 0; !(await panelOpen()) && waited < 10_000; waited += 100)
  await new Promise((r) => setTimeout(r, 100));

console.log(`Demo prospect site: ${demoUrl}`);
console.log(
  `  also ${sites.url('www.tehnoprom.test', '/en/')} (English) and ${sites.url('northwind.test', '/')} (a second company)`,
);
console.log(`  from your own browser: http://localhost:${sites.port}/`);
console.log(`Browser profile (your DealBrief data for this demo): ${PROFILE_DIR}`);
console.log(
  'Open the panel any time with the toolbar button or Alt+Shift+D. Press Ctrl+C to stop.',
);

const stop = async () => {
  await context.close().catch(() => undefined);
  await sites.close();
  process.exit(0);
};

if (smoke) {
  if (!(await panelOpen())) throw new Error('The side panel did not open');
  console.log('ready: the demo site is open with the DealBrief side panel beside it');
  await stop();
}

process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
context.on('close', () => void sites.close().then(() => process.exit(0)));
