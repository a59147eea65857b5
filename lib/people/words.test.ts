import { describe, expect, it } from 'vitest';
import { foldWord, words } from './words';

describe('words', () => {
  it('folds case and ё, and splits on any punctuation', () => {
    expect(foldWord('Алёна')).toBe('алена');
    expect(words('Гл. инженер/ОГМ, офис-менеджер «Ёлки» 2')).toEqual([
      'гл',
      'инженер',
      'огм',
      'офис',
      'менеджер',
      'елки',
      '2',
    ]);
    expect(words(' — ')).toEqual([]);
  });
});
