import { describe, expect, it } from 'vitest';
import { canReportTo, reportsBelow } from './reporting';

const people = [
  { id: 'ceo' },
  { id: 'cto', reportsTo: 'ceo' },
  { id: 'eng', reportsTo: 'cto' },
  { id: 'sec', reportsTo: 'ceo' },
  { id: 'loner' },
];

describe('reporting lines', () => {
  it('finds direct and indirect reports', () => {
    expect([...reportsBelow(people, 'ceo')].sort()).toEqual(['cto', 'eng', 'sec']);
    expect([...reportsBelow(people, 'eng')]).toEqual([]);
  });

  it('refuses self, unknown bosses and cycles; allows moving across branches', () => {
    expect(canReportTo(people, 'ceo', 'ceo')).toBe(false);
    expect(canReportTo(people, 'ceo', 'eng')).toBe(false);
    expect(canReportTo(people, 'cto', 'nobody')).toBe(false);
    expect(canReportTo(people, 'eng', 'sec')).toBe(true);
    expect(canReportTo(people, 'loner', 'eng')).toBe(true);
  });

  it('terminates on data that already has a cycle', () => {
    const cyclic = [
      { id: 'a', reportsTo: 'b' },
      { id: 'b', reportsTo: 'a' },
    ];
    expect([...reportsBelow(cyclic, 'a')]).toEqual(['b']);
    expect(canReportTo(cyclic, 'a', 'b')).toBe(false);
  });
});
