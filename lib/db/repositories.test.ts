import { describe, expect, it } from 'vitest';
import { freshDbPerTest } from './testing';
import { loadSiteKey } from '../site/siteKey';
import { classifyUrl, type WebSitePage } from '../site/url';
import { DealBriefDb } from './database';
import { captureClip, listClips } from './clips';
import { getNote, saveNote } from './notes';
import {
  addProspectDomain,
  createProspect,
  DomainTakenError,
  findProspectByDomain,
  findProspectForPage,
  removeProspectDomain,
  updateProspect,
} from './prospects';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

function web(url: string): WebSitePage {
  const page = classifyUrl(url);
  if (page.kind !== 'web') throw new Error(url);
  return page;
}

describe('prospects', () => {
  it('creates a prospect once per domain and finds it by any domain', async () => {
    const a = await createProspect(db, { domain: 'acme.ru', name: 'Acme', owner: 'Anna', now: 1 });
    const again = await createProspect(db, {
      domain: 'acme.ru',
      name: 'Other',
      owner: 'Bob',
      now: 2,
    });
    expect(again.id).toBe(a.id);
    expect(a.stage).toBe('selection');
    expect(a.stageHistory).toEqual([{ stage: 'selection', at: 1, by: 'Anna' }]);
    await addProspectDomain(db, a.id, 'acme-group.com', 3);
    expect((await findProspectByDomain(db, 'acme-group.com'))?.id).toBe(a.id);
    expect((await findProspectByDomain(db, 'acme.ru'))?.domains).toEqual([
      'acme.ru',
      'acme-group.com',
    ]);
    expect(await findProspectByDomain(db, 'other.ru')).toBeUndefined();
  });

  it('finds a page’s prospect by the lookup keys of its host', async () => {
    const a = await createProspect(db, { domain: 'acme.co.uk', name: 'Acme', owner: '' });
    const asked: string[] = [];
    const siteKeyOf = async (url: string) => (asked.push(url), loadSiteKey(url));
    const find = (url: string) => findProspectForPage(db, web(url), siteKeyOf);
    // The host itself or behind www.: no public-suffix list needed.
    expect((await find('https://acme.co.uk/'))?.id).toBe(a.id);
    expect((await find('https://www.acme.co.uk/about'))?.id).toBe(a.id);
    expect(asked).toEqual([]);
    // Any other parent domain: the list says whether it is the site's own key.
    expect((await find('https://shop.acme.co.uk/'))?.id).toBe(a.id);
    expect(asked).toEqual(['https://shop.acme.co.uk/']);
    expect(await find('https://other.co.uk/')).toBeUndefined();
  });

  it('two concurrent starts for one domain make one prospect', async () => {
    const [a, b] = await Promise.all([
      createProspect(db, { domain: 'x.ru', name: 'X', owner: '' }),
      createProspect(db, { domain: 'x.ru', name: 'X', owner: '' }),
    ]);
    expect(a.id).toBe(b.id);
    expect(await db.prospects.count()).toBe(1);
  });

  it('refuses a domain that belongs to another prospect, and keeps the primary domain', async () => {
    const a = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '' });
    await createProspect(db, { domain: 'b.ru', name: 'B', owner: '' });
    await expect(addProspectDomain(db, a.id, 'b.ru')).rejects.toBeInstanceOf(DomainTakenError);
    await addProspectDomain(db, a.id, 'a2.ru');
    expect((await removeProspectDomain(db, a.id, 'a.ru')).domains).toEqual(['a.ru', 'a2.ru']);
    expect((await removeProspectDomain(db, a.id, 'a2.ru')).domains).toEqual(['a.ru']);
  });

  it('validates updates with the model', async () => {
    const a = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '' });
    const u = await updateProspect(db, a.id, { name: 'A2', tags: ['x'] }, 99);
    expect(u).toMatchObject({ name: 'A2', tags: ['x'], updatedAt: 99 });
    await expect(updateProspect(db, a.id, { stage: 'nope' as never })).rejects.toThrow();
    expect((await findProspectByDomain(db, 'a.ru'))?.name).toBe('A2');
  });
});

describe('notes', () => {
  it('saves notes of any size and content and touches the prospect', async () => {
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '', now: 1 });
    const big = '🙂 שלום мир '.repeat(90_000); // ~1 MB of emoji, RTL and Cyrillic
    await saveNote(db, p.id, big, 50);
    expect((await getNote(db, p.id))?.text).toBe(big);
    expect((await findProspectByDomain(db, 'a.ru'))?.updatedAt).toBe(50);
  });
});

describe('notes edited in two windows at once', () => {
  it('merges a save made meanwhile instead of overwriting it', async () => {
    const p = await createProspect(db, { domain: 'a.ru', name: 'A', owner: '' });
    await saveNote(db, p.id, 'Agenda', 1);
    // Window B saved first…
    await saveNote(db, p.id, 'Agenda\nBoris: price list', 2, {
      base: 'Agenda',
      conflictMarker: '--',
    });
    // …then window A, whose edit also started from "Agenda".
    const stored = await saveNote(db, p.id, 'Agenda\nAnna: call Monday', 3, {
      base: 'Agenda',
      conflictMarker: '--',
    });
    expect(stored.text).toContain('Anna: call Monday');
    expect(stored.text).toContain('Boris: price list');
    expect((await getNote(db, p.id))?.text).toBe(stored.text);
    // A save whose base is current simply replaces.
    expect(
      (await saveNote(db, p.id, 'clean', 4, { base: stored.text, conflictMarker: '--' })).text,
    ).toBe('clean');
  });
});

describe('clips', () => {
  it('captures a clip, creating the prospect when needed, newest first', async () => {
    const first = await captureClip(db, {
      domain: 'tehnoprom.ru',
      siteName: 'ТехноПром',
      owner: 'Anna',
      quote: 'Мы расширяем производство',
      url: 'https://tehnoprom.ru/about',
      pageTitle: 'О компании',
      now: 10,
    });
    const prospect = await findProspectByDomain(db, 'tehnoprom.ru');
    expect(prospect).toMatchObject({ name: 'ТехноПром', owner: 'Anna' });
    await captureClip(db, {
      ...{
        domain: 'tehnoprom.ru',
        siteName: 'x',
        owner: '',
        quote: 'second',
        url: 'https://tehnoprom.ru/',
        pageTitle: '',
      },
      now: 20,
    });
    const clips = await listClips(db, prospect!.id);
    expect(clips.map((c) => c.quote)).toEqual(['second', 'Мы расширяем производство']);
    expect(clips[1]).toEqual(first);
    expect(await db.prospects.count()).toBe(1);
  });

  it('writes nothing when the clip is invalid', async () => {
    await expect(
      captureClip(db, {
        domain: 'a.ru',
        siteName: 'A',
        owner: '',
        quote: 'x',
        url: 'u'.repeat(9000),
        pageTitle: '',
      }),
    ).rejects.toThrow();
    expect(await db.prospects.count()).toBe(0);
    expect(await db.clips.count()).toBe(0);
  });
});
