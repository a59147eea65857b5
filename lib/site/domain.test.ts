import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classifyUrl,
  identifySite,
  lookupKeys,
  siteKeyFromHost,
  siteKeyFromUserInput,
  siteNameFromTitle,
} from './domain';

function key(url: string): string | null {
  const id = identifySite(url);
  return id.kind === 'site' ? id.key : null;
}

describe('prospect key from URL', () => {
  it('folds subdomains into the registrable domain', () => {
    expect(key('https://shop.acme.co.uk/a')).toBe('acme.co.uk');
    expect(key('https://www.acme.co.uk/')).toBe('acme.co.uk');
    expect(key('http://a.b.c.d.acme.com/')).toBe('acme.com');
    expect(key('https://WWW.Acme.COM./x')).toBe('acme.com');
  });

  it('respects public suffixes, including private ones like com.ru and msk.ru', () => {
    expect(key('https://shop.example.com.ru')).toBe('example.com.ru');
    expect(key('https://www.firm.msk.ru')).toBe('firm.msk.ru');
    expect(key('https://www.firm.spb.ru')).toBe('firm.spb.ru');
    expect(key('https://metal.co.uk')).toBe('metal.co.uk');
    expect(key('https://x.firm.com.au')).toBe('firm.com.au');
  });

  it('keeps IDN domains in Unicode, whether the URL came in punycode or not', () => {
    expect(key('https://www.пример.рф/о-нас')).toBe('пример.рф');
    expect(key('https://xn--e1afmkfd.xn--p1ai/')).toBe('пример.рф');
    const id = identifySite('https://shop.пример.рф');
    expect(id.kind === 'site' && id.asciiKey).toBe('xn--e1afmkfd.xn--p1ai');
  });

  it('uses host and port for IPs and localhost', () => {
    expect(key('http://127.0.0.1:8080/about')).toBe('127.0.0.1:8080');
    expect(key('http://127.0.0.1/')).toBe('127.0.0.1');
    expect(key('http://localhost:3000/')).toBe('localhost:3000');
    expect(key('http://localhost:3001/')).toBe('localhost:3001');
    expect(key('http://[::1]:5000/')).toBe('[::1]:5000');
    expect(key('http://192.168.1.10:81/x')).toBe('192.168.1.10:81');
  });

  it('ignores ports, credentials and fragments on real domains', () => {
    expect(key('https://user:secret@www.acme.ru:8443/p?q=1#team')).toBe('acme.ru');
    const id = identifySite('https://user:secret@www.acme.ru/p#team');
    expect(id.kind === 'site' && id.url).toBe('https://www.acme.ru/p#team');
  });

  it('keys a site that is itself a public suffix by that suffix, for it alone', () => {
    expect(identifySite('https://spb.ru/')).toMatchObject({ key: 'spb.ru', publicSuffix: true });
    expect(key('https://spb.ru:8443/')).toBe('spb.ru');
    expect(key('https://www.carrd.co/')).toBe('carrd.co');
    expect(key('https://a.www.carrd.co/')).toBe('carrd.co');
    expect(key('https://github.io/')).toBe('github.io');
    // The sites under it are companies of their own; www. alone is never one.
    expect(identifySite('https://bakery.carrd.co/')).not.toHaveProperty('publicSuffix');
    expect(key('https://bakery.carrd.co/')).toBe('bakery.carrd.co');
    expect(key('https://www.firm.spb.ru/')).toBe('firm.spb.ru');
    // Single-label hosts keep host and port, a listed top-level domain among them.
    expect(key('http://com:8080/')).toBe('com:8080');
  });

  it('handles a domain with 20 labels and rejects absurd hosts', () => {
    const deep = Array.from({ length: 18 }, (_, i) => `l${i}`).join('.') + '.acme.ru';
    expect(key(`https://${deep}/`)).toBe('acme.ru');
    expect(
      key(`https://${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.ru/`),
    ).toBeNull();
  });

  it('classifies pages that cannot belong to a prospect', () => {
    expect(identifySite('chrome://newtab/')).toMatchObject({
      kind: 'unsupported',
      reason: 'browser_page',
    });
    expect(identifySite('chrome://extensions')).toMatchObject({ reason: 'browser_page' });
    expect(identifySite('about:blank')).toMatchObject({ reason: 'browser_page' });
    expect(identifySite('view-source:https://acme.ru/')).toMatchObject({ reason: 'browser_page' });
    expect(identifySite('edge://settings')).toMatchObject({ reason: 'browser_page' });
    expect(identifySite('file:///home/me/a.html')).toMatchObject({ reason: 'local_file' });
    expect(identifySite('https://acme.ru/files/price.PDF')).toMatchObject({ reason: 'pdf' });
    expect(identifySite('chrome-extension://abc/sidepanel.html')).toMatchObject({
      reason: 'extension_page',
    });
    expect(identifySite('https://chromewebstore.google.com/detail/x')).toMatchObject({
      reason: 'web_store',
    });
    expect(identifySite('https://chrome.google.com/webstore/detail/x')).toMatchObject({
      reason: 'web_store',
    });
    expect(identifySite('https://addons.mozilla.org/ru/firefox/')).toMatchObject({
      reason: 'web_store',
    });
    // Firefox's restricted domains: no extension may read them, so no capture or scan works.
    for (const url of [
      'https://support.mozilla.org/ru/kb/x',
      'https://accounts.firefox.com/settings',
      'https://addons.cdn.mozilla.net/user-media/x.png',
      'https://sync.services.mozilla.com/',
    ])
      expect(identifySite(url), url).toMatchObject({ reason: 'protected_page' });
    expect(identifySite('https://www.mozilla.org/ru/')).toMatchObject({ kind: 'site' });
    expect(identifySite('')).toMatchObject({ reason: 'no_url' });
    expect(identifySite(undefined)).toMatchObject({ reason: 'no_url' });
    expect(identifySite('not a url')).toMatchObject({ reason: 'invalid' });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        identifySite(s);
        identifySite(`https://${s}`);
        siteKeyFromHost(s);
      }),
    );
  });

  it('gives the same key for the same site from any of its pages', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z0-9]{1,10}$/), { maxLength: 5 }),
        fc.webPath(),
        (subs, path) => {
          const host = [...subs, 'acme', 'ru'].join('.');
          expect(key(`https://${host}${path}`)).toBe('acme.ru');
        },
      ),
    );
  });
});

describe('alias input', () => {
  it('accepts URLs or bare domains', () => {
    expect(siteKeyFromUserInput('https://www.acme-group.com/about')).toBe('acme-group.com');
    expect(siteKeyFromUserInput('  shop.acme.de ')).toBe('acme.de');
    expect(siteKeyFromUserInput('')).toBeNull();
    expect(siteKeyFromUserInput('chrome://settings')).toBeNull();
  });

  it('a default port typed without a scheme is the site the tab shows without one', () => {
    // The tab http://10.0.0.5/ keys "10.0.0.5"; typed "10.0.0.5:80" (https was assumed) keyed
    // "10.0.0.5:80" and never found it.
    expect(siteKeyFromUserInput('10.0.0.5:80')).toBe(key('http://10.0.0.5/'));
    expect(siteKeyFromUserInput('10.0.0.5:443')).toBe(key('https://10.0.0.5/'));
    expect(siteKeyFromUserInput('localhost:80/about')).toBe('localhost');
    expect(siteKeyFromUserInput('10.0.0.5:8080')).toBe('10.0.0.5:8080');
    expect(siteKeyFromUserInput('10.0.0.5')).toBe('10.0.0.5');
    // With a scheme, the address is taken as written: https on port 80 is not the default.
    expect(siteKeyFromUserInput('https://10.0.0.5:80/')).toBe('10.0.0.5:80');
    expect(siteKeyFromUserInput('http://10.0.0.5:80/')).toBe('10.0.0.5');
  });
});

describe('site name from title', () => {
  it('picks the segment naming the company', () => {
    expect(siteNameFromTitle('О компании — ТехноПром', 'technoprom.ru')).toBe('ТехноПром');
    expect(siteNameFromTitle('Acme Corp | Contact us', 'acme.com')).toBe('Acme Corp');
    expect(siteNameFromTitle('Contact us - Steelworks Ltd', 'steel.co.uk')).toBe('Steelworks Ltd');
    expect(siteNameFromTitle('Contacts - Welcome to our website', 'xyz.com')).toBe('Xyz');
    expect(siteNameFromTitle('Контакты — ТехноПром', 'tehnoprom.ru')).toBe('ТехноПром');
    expect(siteNameFromTitle('О компании | Ромашка', 'romashka.ru')).toBe('Ромашка');
    expect(siteNameFromTitle('Контакты | Завод Металлист', 'zm74.ru')).toBe('Завод Металлист');
    expect(siteNameFromTitle('Our team | Northwind Metals', 'northwind.test')).toBe(
      'Northwind Metals',
    );
    expect(siteNameFromTitle('', 'acme.com')).toBe('Acme');
    expect(siteNameFromTitle(undefined, 'localhost:3000')).toBe('Localhost');
  });
});

describe('lookup keys without the public-suffix list', () => {
  it('always include the key the public-suffix list gives, for any host', () => {
    const hosts = [
      'https://shop.acme.co.uk/',
      'https://a.b.firm.msk.ru/',
      'https://www.пример.рф/',
      'https://xn--e1afmkfd.xn--p1ai/',
      'http://127.0.0.1:8080/',
      'http://localhost:3000/',
      'http://[::1]:5000/',
      'https://user.github.io/x',
      'https://acme.com/',
    ];
    for (const url of hosts) {
      const id = identifySite(url);
      const page = classifyUrl(url);
      expect(id.kind).toBe('site');
      expect(page.kind).toBe('web');
      if (id.kind === 'site' && page.kind === 'web')
        expect(lookupKeys(page), url).toContain(id.key);
    }
    fc.assert(
      fc.property(fc.domain(), (host) => {
        const id = identifySite(`https://${host}/`);
        const page = classifyUrl(`https://${host}/`);
        if (id.kind === 'site' && page.kind === 'web') expect(lookupKeys(page)).toContain(id.key);
      }),
    );
  });
});
