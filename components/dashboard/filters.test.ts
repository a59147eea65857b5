import { describe, expect, it } from 'vitest';
import { summarizeProspects } from '@/lib/io/summaries';
import { Prospect } from '@/lib/model';
import { matchNamesAndDomains, sortRows, type Sort } from './filters';

const rows = (names: string[], owners: string[] = names.map(() => '')) =>
  summarizeProspects({
    prospects: names.map((name, i) =>
      Prospect.parse({
        id: `p${i}`,
        domains: [`p${i}.ru`],
        name,
        owner: owners[i],
        createdAt: 1,
        updatedAt: 1,
      }),
    ),
    briefs: [],
    needs: [],
    people: [],
  });
const byName: Sort = { key: 'name', direction: 'ascending' };

describe('dashboard sort by name and owner', () => {
  it('puts a name starting with Ё among the Е names, not after Я', () => {
    const sorted = sortRows(rows(['Ёлочка', 'Яблоко', 'Альфа', 'Енисей', 'Ежевика']), byName, 'ru');
    // Ё is Е to the alphabet: "Ёлочка" goes by "елочка", between "ежевика" and "енисей".
    expect(sorted.map((r) => r.prospect.name)).toEqual([
      'Альфа',
      'Ежевика',
      'Ёлочка',
      'Енисей',
      'Яблоко',
    ]);
  });

  it('ignores case, and follows the UI language for mixed scripts', () => {
    const names = ['zeta', 'Яблоко', 'Alpha', 'альфа'];
    expect(sortRows(rows(names), byName, 'en').map((r) => r.prospect.name)).toEqual([
      'Alpha',
      'zeta',
      'альфа',
      'Яблоко',
    ]);
    expect(sortRows(rows(names), byName, 'ru').map((r) => r.prospect.name)).toEqual([
      'альфа',
      'Яблоко',
      'Alpha',
      'zeta',
    ]);
  });

  it('sorts owners the same way, descending too', () => {
    const sorted = sortRows(
      rows(['A', 'B', 'C'], ['Яна', 'Ёлкин', 'Егор']),
      { key: 'owner', direction: 'descending' },
      'ru',
    );
    expect(sorted.map((r) => r.prospect.owner)).toEqual(['Яна', 'Ёлкин', 'Егор']);
  });
});

describe('search before the index is built (names and domains)', () => {
  const shown = rows(['ООО «Семёнов и партнёры»', 'Северсталь', 'ТехноПром']);
  it('folds ё and case on both sides', () => {
    expect(matchNamesAndDomains(shown, 'семенов')).toEqual(new Set(['p0']));
    expect(matchNamesAndDomains(shown, ' ПАРТНЁР ')).toEqual(new Set(['p0']));
  });
  it('matches a part of a domain', () => {
    expect(matchNamesAndDomains(shown, 'p2.r')).toEqual(new Set(['p2']));
  });
});
