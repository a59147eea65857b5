import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { merge3 } from './merge3';

const M = '--- changed in another window ---';

describe('merge3', () => {
  it('takes the only side that changed', () => {
    expect(merge3('a', 'a', 'b', M)).toEqual({ text: 'b', conflict: false });
    expect(merge3('a', 'b', 'a', M)).toEqual({ text: 'b', conflict: false });
    expect(merge3('a', 'b', 'b', M)).toEqual({ text: 'b', conflict: false });
  });

  it('applies changes to different lines from both sides', () => {
    const base = 'line 1\nline 2\nline 3';
    const ours = 'line 1 (ours)\nline 2\nline 3';
    const theirs = 'line 1\nline 2\nline 3\nline 4 (theirs)';
    expect(merge3(base, ours, theirs, M)).toEqual({
      text: 'line 1 (ours)\nline 2\nline 3\nline 4 (theirs)',
      conflict: false,
    });
  });

  it('keeps both versions of the same line, ours first, with the marker', () => {
    const r = merge3('price?', 'price: 10', 'price: 12', M);
    expect(r).toEqual({ text: `price: 10\n${M}\nprice: 12`, conflict: true });
  });

  it('two people appending at the end keep both additions', () => {
    const r = merge3('notes', 'notes\nAnna: call Monday', 'notes\nBob: send price', M);
    expect(r.conflict).toBe(true);
    expect(r.text).toContain('Anna: call Monday');
    expect(r.text).toContain('Bob: send price');
  });

  it('an empty line written on one side is not the same as a line deleted on the other', () => {
    // Found by the property below (seed -1726014272): the two were compared as joined text.
    const r = merge3('d\na', 'd', 'd\n', M);
    expect(r.text.split('\n')).toContain('');
    expect(r.conflict).toBe(true);
  });

  it('never loses a line either side wrote', () => {
    const line = fc.constantFrom('a', 'b', 'c', 'd', 'e', '');
    const doc = fc.array(line, { maxLength: 12 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(doc, doc, doc, (base, ours, theirs) => {
        const { text } = merge3(base, ours, theirs, M);
        const lines = new Set(text.split('\n'));
        const baseLines = new Set(base.split('\n'));
        for (const l of [...ours.split('\n'), ...theirs.split('\n')]) {
          // A line new to one side is always in the result (deleting a base line is allowed).
          if (!baseLines.has(l)) expect(lines.has(l)).toBe(true);
        }
      }),
    );
  });
});
