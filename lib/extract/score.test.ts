import { describe, expect, it } from 'vitest';
import { pairPeople } from './gold';
import { orgMatches, positionMatches, prf } from './score';

describe('scoring helpers', () => {
  it('matches organisation names loosely but on whole words', () => {
    expect(orgMatches('Abacus Solutions', 'Abacus Solutions, LLC.')).toBe(true);
    expect(orgMatches('Go Abbey Road', 'Abbey Road')).toBe(true);
    expect(orgMatches('Co', 'Co Op Stores')).toBe(false);
    expect(orgMatches('Acme', 'Acmeville Ltd')).toBe(false);
  });
  it('matches titles by containment or shared words', () => {
    expect(
      positionMatches(
        'Executive Vice President',
        'Executive Vice President Chief Financial Officer',
      ),
    ).toBe(true);
    expect(positionMatches('CEO', 'CFO')).toBe(false);
  });
  it('pairs webstruct PER/FUNC spans by proximity, preferring "Name, Title"', () => {
    const list = [
      { type: 'PER', text: 'Patrick Hiller', offset: 0 },
      { type: 'FUNC', text: 'CEO', offset: 16 },
      { type: 'PER', text: 'Ken Snuggs', offset: 20 },
      { type: 'FUNC', text: 'President', offset: 32 },
    ];
    expect(pairPeople(list)).toEqual([
      { name: 'Patrick Hiller', position: 'CEO' },
      { name: 'Ken Snuggs', position: 'President' },
    ]);
  });
  it('computes P/R/F1', () => {
    expect(prf({ tp: 1, fp: 1, fn: 0 })).toEqual({ p: 0.5, r: 1, f1: 2 / 3 });
  });
});
