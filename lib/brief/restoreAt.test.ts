import { describe, expect, it } from 'vitest';
import { restoreAt } from './restoreAt';

describe('restoreAt', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };
  const c = { id: 'c' };
  it('puts an item back where it was', () => {
    expect(restoreAt([a, c], b, 1)).toEqual([a, b, c]);
    expect(restoreAt([b, c], a, 0)).toEqual([a, b, c]);
  });
  it('appends when the list got shorter, and never duplicates', () => {
    expect(restoreAt([a], c, 5)).toEqual([a, c]);
    expect(restoreAt([a, b], b, 0)).toEqual([a, b]);
  });
  it('keeps both when the id came back with other content meanwhile', () => {
    const removed = { id: 'a', text: 'Two plants' };
    const retyped = { id: 'a', text: 'Three plants' };
    expect(restoreAt([retyped], removed, 0, () => 'a2')).toEqual([
      { id: 'a2', text: 'Two plants' },
      retyped,
    ]);
    expect(restoreAt([{ text: 'Two plants', id: 'a' }], removed, 0)).toEqual([removed]);
  });
});
