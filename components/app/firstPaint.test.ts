// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DealBriefDb } from '@/lib/db/database';
import { DB_NAME } from '@/lib/db/name';
import { createProspect } from '@/lib/db/prospects';
import { loadApp, startFirstPaint } from './firstPaint';

/** The built panel's head and body: the app's module tags made inert, an empty root. */
function resetPage(): void {
  const script = document.createElement('script');
  script.type = 'dealbrief/app';
  script.dataset.src = '/chunks/sidepanel.js';
  const link = document.createElement('link');
  link.rel = 'dealbrief-preload';
  link.setAttribute('href', '/chunks/react.js');
  document.head.replaceChildren(script, link);
  const root = document.createElement('div');
  root.id = 'root';
  document.body.replaceChildren(root);
}

function tabsAt(url: string) {
  const tab = { id: 7, url, title: 'Acme' };
  return { get: vi.fn(async () => tab), query: vi.fn(async () => [tab]) };
}

/** Resolves once the app's entry script has been woken. */
async function appLoaded(): Promise<HTMLScriptElement> {
  await vi.waitFor(() => expect(document.querySelector('script[type="module"]')).not.toBeNull());
  return document.querySelector<HTMLScriptElement>('script[type="module"]')!;
}

beforeEach(async () => {
  resetPage();
  globalThis.dealbriefFirstPaint = undefined;
  const db = new DealBriefDb();
  await db.open();
  await createProspect(db, { domain: 'acme.ru', name: '<b>Acme</b> & Co', owner: '', now: 1 });
  db.close();
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await Dexie.delete(DB_NAME);
});

describe('loadApp', () => {
  it('wakes the inert module tags the build left in the page', () => {
    loadApp();
    expect(document.querySelector('script[type="dealbrief/app"]')).toBeNull();
    const script = document.querySelector<HTMLScriptElement>('script[type="module"]')!;
    expect(script.getAttribute('src')).toBe('/chunks/sidepanel.js');
    expect(document.querySelector('link[rel="modulepreload"]')?.getAttribute('href')).toBe(
      '/chunks/react.js',
    );
  });
});

describe('startFirstPaint', () => {
  it('paints a known company’s name as text, then loads the app', async () => {
    vi.stubGlobal('browser', { tabs: tabsAt('https://www.acme.ru/contacts') });
    const handle = startFirstPaint();
    expect(globalThis.dealbriefFirstPaint).toBe(handle);
    await appLoaded();
    const name = document.querySelector('[data-glimpse] h1')!;
    expect(name.textContent).toBe('<b>Acme</b> & Co');
    expect(name.children).toHaveLength(0);
    expect(document.getElementById('root')!.getAttribute('aria-busy')).toBe('true');
    expect(await handle.tab).toMatchObject({ status: 'tab', tab: { id: 7 } });
  });

  it('paints nothing for an unknown site or a browser page, and still loads the app', async () => {
    vi.stubGlobal('browser', { tabs: tabsAt('https://unknown.example/') });
    startFirstPaint();
    await appLoaded();
    expect(document.querySelector('[data-glimpse]')).toBeNull();

    resetPage();
    vi.stubGlobal('browser', { tabs: tabsAt('chrome://newtab/') });
    startFirstPaint();
    await appLoaded();
    expect(document.querySelector('[data-glimpse]')).toBeNull();
  });

  it('leaves a parent domain that may be a public suffix to the app (no other company’s name)', async () => {
    // A brief on the city portal spb.ru; stroymash.spb.ru is a company of its own. Without the
    // public-suffix list the first paint cannot tell spb.ru from acme.ru, so it paints nothing.
    const db = new DealBriefDb();
    await db.open();
    await createProspect(db, { domain: 'spb.ru', name: 'SPb portal', owner: '', now: 1 });
    db.close();
    vi.stubGlobal('browser', { tabs: tabsAt('https://stroymash.spb.ru/contacts') });
    startFirstPaint();
    await appLoaded();
    expect(document.querySelector('[data-glimpse]')).toBeNull();
    // On the portal itself (and its www.) it paints as for any company.
    for (const url of ['https://spb.ru/', 'https://www.spb.ru/']) {
      resetPage();
      vi.stubGlobal('browser', { tabs: tabsAt(url) });
      startFirstPaint();
      await appLoaded();
      expect(document.querySelector('[data-glimpse] h1')?.textContent, url).toBe('SPb portal');
    }
  });

  it('never paints over the app once it has taken the root', async () => {
    vi.stubGlobal('browser', { tabs: tabsAt('https://acme.ru/') });
    const handle = startFirstPaint();
    handle.handedOver = true;
    await appLoaded();
    expect(document.querySelector('[data-glimpse]')).toBeNull();
    expect(document.getElementById('root')!.hasAttribute('aria-busy')).toBe(false);
  });

  it('loads the app even when the tabs API is missing or fails', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    const handle = startFirstPaint();
    await appLoaded();
    await expect(handle.tab).rejects.toBeInstanceOf(Error);

    resetPage();
    const failing = { get: vi.fn(), query: vi.fn(async () => Promise.reject(new Error('no'))) };
    vi.stubGlobal('browser', { tabs: failing });
    startFirstPaint();
    await appLoaded();
    expect(document.querySelector('[data-glimpse]')).toBeNull();
  });
});
