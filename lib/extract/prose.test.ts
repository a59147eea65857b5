import { describe, expect, it } from 'vitest';
import { findProsePeople } from './prose';

const found = (line: string) => findProsePeople(line).map((p) => `${p.name} = ${p.position}`);

describe('people described in prose', () => {
  it('reads bio sentences and introductions', () => {
    expect(found('John Callinan is a Certified Elder Law Attorney. John’s firm helps.')).toEqual([
      'John Callinan = Certified Elder Law Attorney',
    ]);
    expect(
      found('Dan Brunk is the Director of Marketing for Hayden Outdoors and is based in Windsor.'),
    ).toEqual(['Dan Brunk = Director of Marketing']);
    expect(found('Greg Liddle is a broker associate in Colorado and New Mexico.')).toEqual([
      'Greg Liddle = broker associate',
    ]);
    expect(found('Meet Dr. Emily Stone, our principal dentist.')).toEqual([
      'Dr. Emily Stone = principal dentist',
    ]);
    expect(found('A.J. joined Hayden Outdoors in 2012 as a broker associate.')).toEqual([]);
    expect(found('Ryan is a salesperson in Kansas.')).toEqual(['Ryan = salesperson']);
  });
  it('reads a title written before the name', () => {
    expect(found('Home Makeovers and owner/designer Kathleen Lilleeng have worked')).toEqual([
      'Kathleen Lilleeng = owner/designer',
    ]);
    expect(found('Management President Jeff Pierce is a class D1 licensed contractor.')).toEqual([
      'Jeff Pierce = Management President',
    ]);
    expect(found('Our Vice President John Smith will call you')).toEqual([
      'John Smith = Vice President',
    ]);
  });
  it('skips sentences that only look alike', () => {
    // Decoys: no title after "is", an unknown first word, a verb phrase before the name.
    expect(found('John Callinan is one of them.')).toEqual([]);
    expect(found('Case Studies is a manager favourite.')).toEqual([]);
    expect(found('Read More about Paul Wilkinson and his practice.')).toEqual([]);
    expect(found('Jeff Pierce is a class D1 licensed Roofing Contractor.')).toEqual([]);
  });
});
