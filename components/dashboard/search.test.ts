import { describe, expect, it } from 'vitest';
import { buildSearch, buildSearchInChunks, type SearchDoc } from './search';

const doc = (fields: Partial<SearchDoc> & { id: string }): SearchDoc => ({
  name: '',
  domains: '',
  people: '',
  needs: '',
  notes: '',
  ...fields,
});

describe('dashboard search, ё written as е (as most Russians type)', () => {
  const search = buildSearch([
    doc({
      id: 'p1',
      name: 'ООО «Северсталь-Ресурс»',
      domains: 'severres.ru',
      people: 'Семёнов Пётр главный инженер',
      needs: 'Не успевают с объёмами поставок',
    }),
    doc({ id: 'p2', name: 'Ёлка', people: 'Семенова Ольга' }),
  ]);
  it('finds a person by the start of a surname spelled with ё', () => {
    expect(search.search('Семен')).toEqual(new Set(['p1', 'p2']));
    expect(search.search('Семён')).toEqual(new Set(['p1', 'p2']));
    expect(search.search('Семёнов Пётр')).toEqual(new Set(['p1']));
  });
  it('finds a need by a word with ё in another form', () => {
    expect(search.search('объем')).toEqual(new Set(['p1']));
    expect(search.search('объёмы')).toEqual(new Set(['p1']));
  });
  it('finds a first name with ё, and a name starting with Ё', () => {
    expect(search.search('Петр')).toEqual(new Set(['p1']));
    expect(search.search('елка')).toEqual(new Set(['p2']));
  });
});

describe('dashboard search, Russian inflections', () => {
  const search = buildSearch([
    doc({
      id: 'p1',
      name: 'ТехноПром',
      domains: 'tp.ru',
      people: 'Иванов главный инженер',
      needs: 'Срывы поставок металла; себестоимость растёт',
    }),
    doc({ id: 'p2', name: 'Металлург', people: 'Петров директор' }),
  ]);
  it('finds "главного инженера"', () => {
    expect(search.search('главного инженера')).toEqual(new Set(['p1']));
    expect(search.search('главным инженерам')).toEqual(new Set(['p1']));
  });
  it('finds a need by another form of its words', () => {
    expect(search.search('срывами')).toEqual(new Set(['p1']));
    // "поставок" keeps its fleeting о out of the stem "поставк": one typo away, still found.
    expect(search.search('срывам поставкам')).toEqual(new Set(['p1']));
    expect(search.search('металл')).toEqual(new Set(['p1', 'p2']));
  });
  it('keeps finding while a word is typed letter by letter', () => {
    const word = 'себестоимость';
    for (let n = 3; n <= word.length; n++)
      expect(search.search(word.slice(0, n)), word.slice(0, n)).toEqual(new Set(['p1']));
  });
  it('still needs every word of the query (AND)', () => {
    expect(search.search('инженер директор')).toEqual(new Set());
  });
});

describe('dashboard search, Latin words and domains', () => {
  const search = buildSearch([
    doc({
      id: 'p1',
      name: 'Northwind',
      domains: 'northwind-trading.com',
      people: 'Procurement company lead',
    }),
    doc({ id: 'p2', name: 'ТехноПром', domains: 'tehnoprom.ru tehnoprom-group.ru' }),
  ]);
  it('finds a domain by its parts and a half-typed name', () => {
    expect(search.search('tehnoprom')).toEqual(new Set(['p2']));
    expect(search.search('northwind-trad')).toEqual(new Set(['p1']));
    expect(search.search('North')).toEqual(new Set(['p1']));
  });
  it('finds English plurals and forms', () => {
    expect(search.search('companies')).toEqual(new Set(['p1']));
    expect(search.search('procured')).toEqual(new Set(['p1']));
  });
  it('finds nothing for an empty query', () => {
    expect(search.search('  ')).toBeNull();
  });
});

describe('the index built in chunks', () => {
  it('finds the same as the one built at once', async () => {
    const docs = Array.from({ length: 450 }, (_, i) =>
      doc({ id: `p${i}`, name: `Компания ${i}`, people: i % 2 ? 'Семёнов' : 'Иванов' }),
    );
    const chunked = await buildSearchInChunks(docs, { yieldEvery: 100 });
    expect(chunked!.search('семенова')).toEqual(buildSearch(docs).search('семенова'));
    expect(chunked!.search('семенова')!.size).toBe(225);
  });
});
