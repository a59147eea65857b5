import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, sameData } from './canonical';

describe('sameData', () => {
  it('says what comparing the canonical texts says', () => {
    const value = fc.jsonValue().map((v) => structuredClone(v));
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameData(a, b)).toBe(canonical(a) === canonical(b));
        expect(sameData(a, structuredClone(a))).toBe(true);
      }),
    );
  });

  it('key order aside, an absent key and an undefined value alike', () => {
    expect(sameData({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData({ text: 'my notes' }, { text: 'my notes\nCall back' })).toBe(false);
  });
});
