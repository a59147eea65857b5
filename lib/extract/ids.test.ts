import { describe, expect, it } from 'vitest';
import { extractIds, isValidInn, isValidKpp, isValidOgrn, isValidOgrnip } from './ids';
import type { TextModel } from './text';

const model = (text: string): TextModel => ({ text, segments: [], truncated: false });
const ids = (text: string) => extractIds(model(text), []).map((i) => `${i.kind}:${i.value}`);

describe('Russian ids', () => {
  it('checks the official check digits', () => {
    expect(isValidInn('7723456782')).toBe(true);
    expect(isValidInn('7723456781')).toBe(false);
    expect(isValidInn('771234567859')).toBe(true);
    expect(isValidInn('771234567858')).toBe(false);
    expect(isValidOgrn('1027700123450')).toBe(true);
    expect(isValidOgrn('1027700123451')).toBe(false);
    expect(isValidOgrnip('319774600123453')).toBe(true);
    expect(isValidOgrnip('319774600123454')).toBe(false);
    expect(isValidKpp('770101001')).toBe(true);
    expect(isValidKpp('7701AB001')).toBe(true);
    expect(isValidKpp('77010100')).toBe(false);
  });
  it('finds ids next to their labels, including table cells and ИНН/КПП pairs', () => {
    expect(ids('ИНН 7723456782, ОГРН 1027700123450')).toEqual([
      'inn:7723456782',
      'ogrn:1027700123450',
    ]);
    expect(ids('ИНН / КПП\n3664123453 / 366401001')).toEqual(['inn:3664123453', 'kpp:366401001']);
    expect(ids('ИНН/КПП: 3664123453/366401001')).toEqual(['inn:3664123453', 'kpp:366401001']);
    expect(ids('ОГРНИП: 319774600123453')).toEqual(['ogrnip:319774600123453']);
    expect(ids('ОГРН 319774600123453')).toEqual(['ogrnip:319774600123453']);
  });
  it('rejects wrong check digits and unlabelled numbers', () => {
    expect(ids('ИНН 7723456781')).toEqual([]);
    expect(ids('Номер 7723456782 и 770101001')).toEqual([]);
    expect(ids('КПП 7701')).toEqual([]);
  });
});
