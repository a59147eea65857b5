import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealBriefDb } from '../db/database';
import { glimpseProspect } from '../db/glimpse';
import {
  addProspectDomain,
  createProspect,
  findProspectByDomain,
  findProspectForPage,
} from '../db/prospects';
import { freshDbPerTest } from '../db/testing';
import { aliasFromUserInput, identifySite, siteKeyFromUserInput } from './domain';
import { loadSiteKey } from './siteKey';
import { classifyUrl, isSureLookupKey, lookupKeys } from './url';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

function web(url: string) {
  const page = classifyUrl(url);
  if (page.kind !== 'web') throw new Error(url);
  return page;
}

/** What the side panel shows for a URL (SiteView and the app's first frame). */
async function panelProspect(url: string) {
  return (await findProspectForPage(db, web(url), loadSiteKey))?.name;
}

/** What the badge, captures, menus and scans use: the prospect under the site's key. */
async function badgeProspect(url: string) {
  const site = identifySite(url);
  return site.kind === 'site' ? (await findProspectByDomain(db, site.key))?.name : undefined;
}

/** What the first paint paints (display only, before the app): nothing when it is not sure. */
async function glimpsed(url: string) {
  const page = web(url);
  db.close();
  const glimpse = await glimpseProspect(lookupKeys(page), db.name);
  await db.open();
  return glimpse && isSureLookupKey(page, glimpse.domain) ? glimpse.name : undefined;
}

async function start(url: string, name: string) {
  const site = identifySite(url);
  if (site.kind !== 'site') throw new Error(`no site key for ${url}`);
  return createProspect(db, { domain: site.key, name, owner: '' });
}

describe('a site that is itself a public suffix (spb.ru, carrd.co, github.io)', () => {
  it('a brief started on spb.ru is that portal’s, not every *.spb.ru company’s', async () => {
    expect(identifySite('https://spb.ru/')).toMatchObject({
      kind: 'site',
      key: 'spb.ru',
      publicSuffix: true,
    });
    await start('https://spb.ru/', 'SPb portal');
    // stroymash.spb.ru is a company of its own: the badge and captures say "unknown", and so
    // does the panel (it offers "Start a brief" instead of the portal's brief).
    expect(identifySite('https://stroymash.spb.ru/contacts')).toMatchObject({
      key: 'stroymash.spb.ru',
    });
    expect(await badgeProspect('https://stroymash.spb.ru/contacts')).toBeUndefined();
    expect(await panelProspect('https://stroymash.spb.ru/contacts')).toBeUndefined();
    expect(await panelProspect('https://a.b.stroymash.spb.ru/')).toBeUndefined();
    expect(await glimpsed('https://stroymash.spb.ru/contacts')).toBeUndefined();
    // The portal itself, and its www., are found everywhere.
    for (const url of ['https://spb.ru/', 'https://www.spb.ru/news', 'https://spb.ru:8443/']) {
      expect(await panelProspect(url), url).toBe('SPb portal');
      expect(await badgeProspect(url), url).toBe('SPb portal');
    }
  });

  it('same for a site builder researched as a prospect (carrd.co) and its customers', async () => {
    await start('https://carrd.co/', 'Carrd');
    expect(await panelProspect('https://bakery.carrd.co/')).toBeUndefined();
    expect(await panelProspect('https://www.carrd.co/pricing')).toBe('Carrd');
    await start('https://bakery.carrd.co/', 'Bakery');
    expect(await panelProspect('https://bakery.carrd.co/menu')).toBe('Bakery');
    expect(await panelProspect('https://carrd.co/')).toBe('Carrd');
  });

  it('a suffix host with a port is found by the panel after "Start a brief"', async () => {
    // The key has no port (like any domain's), so the panel's lookup keys find it.
    expect(identifySite('https://spb.ru:8443/')).toMatchObject({ key: 'spb.ru' });
    await start('https://spb.ru:8443/', 'SPb portal (staging)');
    expect(await panelProspect('https://spb.ru:8443/')).toBe('SPb portal (staging)');
  });

  it('the panel, the badge and the first paint agree on every page', async () => {
    await start('https://spb.ru/', 'SPb portal');
    await start('https://github.io/', 'GitHub Pages');
    await start('https://amazonaws.com/', 'Amazon');
    const acme = await start('https://acme.co.uk/', 'Acme');
    await start('https://firm.msk.ru/', 'Firm');
    await start('http://localhost:3000/', 'Local');
    await addProspectDomain(db, acme.id, 'acme-group.com');
    // Kept from before: a key with a port on a suffix, and www. in front of one.
    await createProspect(db, { domain: 'spb.ru:8443', name: 'Old staging', owner: '' });
    await createProspect(db, { domain: 'www.msk.ru', name: 'Old portal', owner: '' });
    const urls = [
      'https://spb.ru/',
      'https://www.spb.ru/',
      'https://spb.ru:8443/',
      'https://stroymash.spb.ru/',
      'https://user.github.io/repo',
      'https://github.io/',
      'https://bucket.s3.amazonaws.com/x',
      'https://console.amazonaws.com/',
      'https://acme.co.uk/',
      'https://www.acme.co.uk/',
      'https://shop.acme.co.uk/',
      'https://co.uk/',
      'https://www.acme-group.com/',
      'https://firm.msk.ru/',
      'https://www.firm.msk.ru/',
      'https://msk.ru/',
      'https://www.msk.ru/',
      'http://localhost:3000/',
      'http://localhost:3001/',
    ];
    for (const url of urls) {
      const panel = await panelProspect(url);
      expect(panel, url).toBe(await badgeProspect(url));
      const glimpse = await glimpsed(url);
      if (glimpse !== undefined) expect(glimpse, url).toBe(panel);
    }
    expect(await panelProspect('https://user.github.io/repo')).toBeUndefined();
    expect(await panelProspect('https://bucket.s3.amazonaws.com/x')).toBeUndefined();
    expect(await panelProspect('https://console.amazonaws.com/')).toBe('Amazon');
    // What was kept from before stays on the dashboard (it is still in the database) and
    // never takes another company's pages.
    expect((await findProspectByDomain(db, 'spb.ru:8443'))?.name).toBe('Old staging');
    expect((await findProspectByDomain(db, 'www.msk.ru'))?.name).toBe('Old portal');
    expect(await panelProspect('https://www.msk.ru/')).toBeUndefined();
  });
});

describe('the panel’s lookup without the public-suffix list', () => {
  it('finds what the site key finds, for any hosts and any briefs started on them', async () => {
    const label = fc.constantFrom(
      'www',
      'shop',
      'acme',
      'spb',
      'msk',
      'ru',
      'com',
      'co',
      'uk',
      'github',
      'io',
      's3',
      'amazonaws',
      'carrd',
      'blogspot',
    );
    const host = fc.oneof(
      fc.constantFrom('spb.ru', 'carrd.co', 'github.io', 'co.uk', 'amazonaws.com', 'acme.co.uk'),
      fc.array(label, { minLength: 1, maxLength: 4 }).map((l) => l.join('.')),
    );
    // Pages are mostly under a host a brief was started on (where a parent key can match).
    const briefsAndPage = fc
      .tuple(
        fc.array(host, { minLength: 1, maxLength: 4 }),
        fc.array(label, { maxLength: 2 }),
        fc.nat(),
        host,
        fc.boolean(),
      )
      .map(([started, prefix, pick, other, elsewhere]) => ({
        started,
        visited: elsewhere ? other : [...prefix, started[pick % started.length]].join('.'),
      }));
    await fc.assert(
      fc.asyncProperty(briefsAndPage, async ({ started, visited }) => {
        await db.prospects.clear();
        for (const [i, h] of started.entries()) {
          const site = identifySite(`https://${h}/`);
          if (site.kind === 'site')
            await createProspect(db, { domain: site.key, name: `P${i}`, owner: '' });
        }
        const url = `https://${visited}/`;
        if (classifyUrl(url).kind !== 'web') return;
        expect(await panelProspect(url), url).toBe(await badgeProspect(url));
      }),
      { numRuns: 150 },
    );
  });
});

describe('an alias typed as a bare public suffix', () => {
  it('is refused, saying which suffix it is', () => {
    // Accepted, these would make the prospect own the co.uk or github.io site itself: always a
    // slip for the company's own domain under it.
    expect(siteKeyFromUserInput('co.uk')).toBeNull();
    expect(siteKeyFromUserInput('github.io')).toBeNull();
    expect(aliasFromUserInput('https://www.spb.ru/')).toEqual({
      ok: false,
      problem: 'public_suffix',
      key: 'spb.ru',
    });
    expect(aliasFromUserInput('com')).toMatchObject({ ok: false, problem: 'public_suffix' });
    expect(aliasFromUserInput('stroymash.spb.ru')).toEqual({ ok: true, key: 'stroymash.spb.ru' });
    expect(aliasFromUserInput('localhost:3000')).toEqual({ ok: true, key: 'localhost:3000' });
  });
});
