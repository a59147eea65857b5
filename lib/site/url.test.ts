import { describe, expect, it } from 'vitest';
import { MAX_PAGE_TITLE_LENGTH, MAX_URL_LENGTH } from '../model/limits';
import { classifyUrl, storableTitle, storableUrl } from './url';

describe('storableUrl: a page address as it is kept', () => {
  it('keeps an address that fits, fragment and query included, without credentials', () => {
    expect(storableUrl('https://user:pw@www.a.ru/about?x=1#plans')).toBe(
      'https://www.a.ru/about?x=1#plans',
    );
    expect(storableUrl(new URL('https://a.ru/'))).toBe('https://a.ru/');
  });

  it('drops the fragment of a long address first (an SPA keeps its state there)', () => {
    const url = `https://app.a.ru/catalog?view=grid#filters=${'x'.repeat(9_000)}`;
    expect(storableUrl(url)).toBe('https://app.a.ru/catalog?view=grid');
  });

  it('then the query, then cuts what is still too long', () => {
    expect(storableUrl(`https://a.ru/p?q=${'x'.repeat(9_000)}#top`)).toBe('https://a.ru/p');
    const path = `https://a.ru/${'p'.repeat(9_000)}`;
    expect(storableUrl(path)).toBe(path.slice(0, MAX_URL_LENGTH));
  });

  it('is what classifyUrl gives, and the same when applied again', () => {
    const url = `https://a.ru/c#${'s'.repeat(9_000)}`;
    const page = classifyUrl(url);
    expect(page).toMatchObject({ kind: 'web', url: 'https://a.ru/c' });
    expect(storableUrl(page.url)).toBe(page.url);
  });
});

describe('storableTitle', () => {
  it('keeps a title that fits and cuts a longer one, marked', () => {
    expect(storableTitle('О компании — ТехноПром')).toBe('О компании — ТехноПром');
    const cut = storableTitle('Купить металлопрокат '.repeat(120));
    expect(cut).toHaveLength(MAX_PAGE_TITLE_LENGTH);
    expect(cut.endsWith('…')).toBe(true);
  });
});
