import { describe, expect, it } from 'vitest';
import { joinKeywords, keywordsText, parseKeywords } from './keywords';

describe('keywords', () => {
  it('splits on commas, semicolons and lines, trims, drops blanks and repeats', () => {
    expect(parseKeywords(' late,  delivery ;late\n\n Idle line ,')).toEqual([
      'late',
      'delivery',
      'Idle line',
    ]);
    expect(parseKeywords('')).toEqual([]);
  });

  it('keeps the rep’s typing while it means the stored list', () => {
    expect(keywordsText(['a', 'b'], 'a,b, ')).toBe('a,b, ');
    expect(keywordsText(['a', 'b', 'c'], 'a,b')).toBe(joinKeywords(['a', 'b', 'c']));
    expect(keywordsText(['a'], undefined)).toBe('a');
  });
});
