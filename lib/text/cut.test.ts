import { describe, expect, it } from 'vitest';
import { cutText } from './cut';

describe('cutText', () => {
  it('keeps text that fits, whole', () => {
    expect(cutText('ТехноПром', 9)).toBe('ТехноПром');
    expect(cutText('', 0)).toBe('');
  });

  it('cuts longer text to exactly the limit, the mark included', () => {
    expect(cutText('Срывы сроков поставки', 10)).toBe('Срывы сро…');
    expect(cutText('Срывы сроков поставки', 10)).toHaveLength(10);
    expect(cutText('abcdef', 3, '')).toBe('abc');
  });

  it('never leaves half of a surrogate pair', () => {
    const cut = cutText('ab😀cd', 4);
    expect(cut).toBe('ab…');
    expect(cut.length).toBeLessThanOrEqual(4);
  });
});
