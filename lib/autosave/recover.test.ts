import { describe, expect, it } from 'vitest';
import { recoverText } from './recover';

const MARK = '<<<conflict>>>';

describe('recoverText (typing that never reached the database)', () => {
  it('the typing wins when the field is as it was, even if the record was saved later', () => {
    // Two fields typed, the panel died, only the other field's save landed (record time 900).
    const wal = { text: 'Line one\nLine two, edited', at: 500, base: 'Line one\nLine two' };
    expect(recoverText(wal, { text: 'Line one\nLine two', at: 900 }, MARK).text).toBe(wal.text);
  });

  it('merges from the exact base when the field changed elsewhere meanwhile', () => {
    const wal = { text: 'A\nB typed here\nC\nD\nE', at: 500, base: 'A\nB\nC\nD\nE' };
    const stored = { text: 'A\nB\nC\nD\nE changed elsewhere', at: 900 };
    expect(recoverText(wal, stored, MARK).text).toBe('A\nB typed here\nC\nD\nE changed elsewhere');
    const clash = recoverText(wal, { text: 'A\nB changed elsewhere\nC\nD\nE', at: 900 }, MARK).text;
    expect(clash).toContain('B typed here');
    expect(clash).toContain('B changed elsewhere');
    expect(clash).toContain(MARK);
  });

  it('with nothing stored yet, the typing is the text', () => {
    expect(recoverText({ text: 'first words', at: 1, base: '' }, null, MARK).text).toBe(
      'first words',
    );
    expect(recoverText({ text: 'first words', at: 1 }, null, MARK).text).toBe('first words');
  });

  it('entries without a base (written by an earlier version) fall back to the record time', () => {
    expect(recoverText({ text: 'new', at: 900 }, { text: 'old', at: 500 }, MARK).text).toBe('new');
    const doubtful = recoverText({ text: 'mine', at: 500 }, { text: 'theirs', at: 900 }, MARK).text;
    expect(doubtful).toContain('mine');
    expect(doubtful).toContain('theirs');
  });

  it('an entry equal to what is stored changes nothing', () => {
    expect(
      recoverText({ text: 'same', at: 1, base: 'x' }, { text: 'same', at: 2 }, MARK).text,
    ).toBe('same');
  });

  it('typing newer than the last save wins even if its base is stale or the save tidied the text', () => {
    // Typed during a save that stored "Acme" (trimmed from "Acme "), then the panel died.
    const wal = { text: 'Acme Corp', at: 900, base: 'Acme ' };
    expect(recoverText(wal, { text: 'Acme', at: 800 }, MARK)).toEqual({
      text: 'Acme Corp',
      conflict: false,
    });
  });

  it('says when the merged text holds both versions', () => {
    const wal = { text: 'B typed here', at: 500, base: 'B' };
    const r = recoverText(wal, { text: 'B changed elsewhere', at: 900 }, MARK);
    expect(r.conflict).toBe(true);
  });
});
