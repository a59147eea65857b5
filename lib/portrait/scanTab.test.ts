import { describe, expect, it } from 'vitest';
import {
  classifyScanError,
  originPattern,
  requestSiteAccess,
  scanTab,
  type ScanBrowser,
} from './scanTab';

const RESULT = {
  url: 'https://www.a.ru/contacts',
  org: { candidates: [] },
  phones: [],
  emails: [{ value: 'info@a.ru', evidence: [{ snippet: 'info@a.ru', source: 'text' }] }],
  addresses: [],
  ids: [],
  socials: [],
  people: [],
  truncated: false,
};

function fake(url: string, run: () => Promise<unknown>): ScanBrowser & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    tabs: { get: (async () => ({ id: 1, url, title: 'T' })) as never },
    scripting: {
      executeScript: (async (opts: unknown) => {
        calls.push(opts);
        return [{ frameId: 0, result: await run() }];
      }) as never,
    },
  };
}

describe('scanTab', () => {
  it('injects /scan.js into the tab and validates the result', async () => {
    const api = fake('https://www.a.ru/contacts', async () => RESULT);
    const out = await scanTab(api, 1, ['a.ru']);
    expect(out).toMatchObject({ ok: true, url: 'https://www.a.ru/contacts', title: 'T' });
    expect(api.calls).toEqual([{ target: { tabId: 1 }, files: ['/scan.js'] }]);
  });

  it('keeps the address the scanner ran at, which may differ within the same site', async () => {
    const api = fake('https://www.a.ru/contacts', async () => ({
      ...RESULT,
      url: 'https://a.ru/about#team',
    }));
    expect(await scanTab(api, 1, ['a.ru'])).toMatchObject({
      ok: true,
      url: 'https://a.ru/about#team',
    });
  });

  it('does not keep another site’s facts when the tab navigated before the scanner ran', async () => {
    // tabs.get still said a.ru; by the time the scanner ran the page was rival.ru (the rep had
    // just clicked a link, or the site redirected). Its facts must not land on this prospect.
    const api = fake('https://a.ru/contacts', async () => ({
      ...RESULT,
      url: 'https://rival.ru/contacts',
      emails: [
        { value: 'sales@rival.ru', evidence: [{ snippet: 'sales@rival.ru', source: 'text' }] },
      ],
    }));
    expect(await scanTab(api, 1, ['a.ru'])).toEqual({
      ok: false,
      problem: 'other_site',
      url: 'https://rival.ru/contacts',
      host: 'rival.ru',
    });
    const toPdf = fake('https://a.ru/contacts', async () => ({
      ...RESULT,
      url: 'https://a.ru/price.pdf',
    }));
    expect(await scanTab(toPdf, 1, ['a.ru'])).toMatchObject({ ok: false, problem: 'pdf' });
  });

  it('a result that does not say where it ran is not trusted', async () => {
    const { url: _, ...withoutUrl } = RESULT;
    const api = fake('https://a.ru/', async () => withoutUrl);
    expect(await scanTab(api, 1, ['a.ru'])).toMatchObject({ ok: false, problem: 'bad_result' });
  });

  it('pages that cannot be scanned get a reason, without touching them', async () => {
    for (const [url, problem] of [
      ['chrome://settings', 'browser_page'],
      ['https://chromewebstore.google.com/detail/x', 'web_store'],
      ['file:///C:/x.html', 'local_file'],
      ['https://b.ru/', 'other_site'],
    ] as const) {
      const api = fake(url, async () => RESULT);
      expect((await scanTab(api, 1, ['a.ru'])).ok).toBe(false);
      expect(await scanTab(api, 1, ['a.ru'])).toMatchObject({ problem });
      expect(api.calls).toEqual([]);
    }
  });

  it('maps refusals: no permission, error page, closed tab, a forged result', async () => {
    const refuse = (message: string) =>
      fake('https://a.ru/', () => Promise.reject(new Error(message)));
    expect(
      await scanTab(
        refuse(
          'Cannot access contents of url "https://a.ru/". Extension manifest must request permission to access this host.',
        ),
        1,
        ['a.ru'],
      ),
    ).toMatchObject({ problem: 'no_access', host: 'a.ru' });
    expect(
      await scanTab(refuse('Frame with ID 0 is showing error page'), 1, ['a.ru']),
    ).toMatchObject({ problem: 'error_page' });
    expect(
      await scanTab(
        fake('https://a.ru/', async () => ({ evil: true })),
        1,
        ['a.ru'],
      ),
    ).toMatchObject({ problem: 'bad_result' });
    const gone: ScanBrowser = {
      ...fake('', async () => RESULT),
      tabs: { get: (() => Promise.reject(new Error('No tab with id: 1'))) as never },
    };
    expect(await scanTab(gone, 1, ['a.ru'])).toMatchObject({ problem: 'tab_closed' });
    expect(classifyScanError(new Error('The extensions gallery cannot be scripted.'))).toBe(
      'web_store',
    );
  });

  it('asks for this one site’s permission', async () => {
    const asked: unknown[] = [];
    const api = {
      permissions: {
        request: (async (p: unknown) => (asked.push(p), true)) as never,
        contains: (async () => false) as never,
      },
    };
    expect(await requestSiteAccess(api, 'http://www.a.test:8080/contacts')).toBe(true);
    expect(asked).toEqual([{ origins: ['http://www.a.test/*'] }]);
    expect(originPattern('chrome://version')).toBeUndefined();
    expect(await requestSiteAccess(api, 'chrome://version')).toBe(false);
  });
});
