import { describe, expect, it } from 'vitest';
import { freshDbPerTest } from '../db/testing';
import { DealBriefDb, findProspectByDomain, listClips } from '../db';
import { createTranslator } from '../i18n';
import { BADGE_KNOWN, updateBadge, type BadgeApi } from './badge';
import { Evidence, MAX_EVIDENCE_QUOTE_LENGTH, MAX_PAGE_TITLE_LENGTH } from '../model';
import { captureSelection, normaliseQuote, pageEvidence } from './capture';

let db: DealBriefDb;
freshDbPerTest((fresh) => (db = fresh));

describe('captureSelection', () => {
  it('saves the quote on the prospect of the site, created from the page title', async () => {
    const clip = await captureSelection(db, 'Anna', {
      text: '  Мы расширяем производство\r\n\r\n\r\nв 2026 году  ',
      url: 'https://user:pw@www.tehnoprom.ru/about#plans',
      title: 'О компании — ТехноПром',
    });
    expect(clip.quote).toBe('Мы расширяем производство\n\nв 2026 году');
    expect(clip.url).toBe('https://www.tehnoprom.ru/about#plans');
    const p = await findProspectByDomain(db, 'tehnoprom.ru');
    expect(p).toMatchObject({ name: 'ТехноПром', owner: 'Anna' });
    expect((await listClips(db, p!.id))[0]?.id).toBe(clip.id);
  });

  it('keeps hostile markup as plain text', async () => {
    const text = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const clip = await captureSelection(db, '', { text, url: 'https://evil.test/', title: '' });
    expect(clip.quote).toBe(text);
  });

  it('refuses pages that cannot belong to a prospect, writing nothing', async () => {
    await expect(
      captureSelection(db, '', { text: 'x', url: 'chrome://settings', title: '' }),
    ).rejects.toMatchObject({
      code: 'capture_unsupported',
    });
    await expect(
      captureSelection(db, '', { text: '  \u200B ', url: 'https://a.ru', title: '' }),
    ).rejects.toMatchObject({
      code: 'capture_empty',
    });
    expect(await db.prospects.count()).toBe(0);
  });

  it('drops the non-characters U+FFFE and U+FFFF (an export’s XML cannot hold them)', () => {
    expect(normaliseQuote('Срывы сроков\uFFFE поставки\uFFFF')).toBe('Срывы сроков поставки');
  });

  it('caps a huge selection', () => {
    expect(normaliseQuote('x'.repeat(2_000_000))).toHaveLength(1_000_000);
  });

  it('a selection on a page with a long address (SPA state in the fragment) is captured', async () => {
    const url = `https://app.tehnoprom.ru/catalog?view=grid#filters=${'x'.repeat(9_000)}`;
    const clip = await captureSelection(db, '', { text: 'цитата', url, title: 'Каталог' });
    expect(clip.url).toBe('https://app.tehnoprom.ru/catalog?view=grid');
  });

  it('a long title is cut to what a clip keeps, marked', async () => {
    const title = 'Купить металлопрокат '.repeat(120);
    const clip = await captureSelection(db, '', { text: 'x', url: 'https://a.ru/', title });
    expect(clip.pageTitle).toHaveLength(MAX_PAGE_TITLE_LENGTH);
    expect(clip.pageTitle.endsWith('…')).toBe(true);
  });
});

describe('pageEvidence', () => {
  it('keeps the page and the quote, cut to what evidence holds', () => {
    const quote = 'Мы расширяем производство. '.repeat(9_300);
    const evidence = pageEvidence({ url: 'https://a.ru/' }, 'A', quote, 5);
    expect(evidence).toMatchObject({ kind: 'page', url: 'https://a.ru/', pageTitle: 'A' });
    expect(evidence.quote).toHaveLength(MAX_EVIDENCE_QUOTE_LENGTH);
    expect(Evidence.parse(evidence)).toEqual(evidence);
  });
});

describe('badge', () => {
  it('marks tabs whose site has a brief', async () => {
    const calls: Record<string, unknown>[] = [];
    const api: BadgeApi = {
      setBadgeText: async (d) => void calls.push(d),
      setTitle: async (d) => void calls.push(d),
    };
    const t = createTranslator('en');
    expect(await updateBadge(api, db, { id: 1, url: 'https://shop.acme.ru/' }, t)).toBe(false);
    expect(calls).toContainEqual({ tabId: 1, text: '' });
    await captureSelection(db, '', { text: 'hi', url: 'https://acme.ru/', title: 'Acme' });
    expect(await updateBadge(api, db, { id: 1, url: 'https://shop.acme.ru/' }, t)).toBe(true);
    expect(calls).toContainEqual({ tabId: 1, text: BADGE_KNOWN });
    expect(calls).toContainEqual({ tabId: 1, title: 'DealBrief: Acme has a brief' });
  });
});
