import { describe, expect, it } from 'vitest';
import { findDomainPhrases } from './domainname';

const values = (text: string, label: string) => findDomainPhrases(text, label).map((p) => p.value);

describe('site name spelled like the domain', () => {
  it('finds the words whose letters are the domain label', () => {
    expect(values('The Floor Barn Flooring store w/ Discount Prices', 'floorbarn')).toEqual([
      'Floor Barn',
    ]);
    expect(
      values('Contact Tropical Web Works for Quality Web Site Design', 'tropicalwebworks'),
    ).toEqual(['Tropical Web Works']);
    expect(values('© 2014 Flint & Son. All rights reserved', 'flintandson')).toEqual([
      'Flint & Son',
    ]);
  });
  it('ignores near misses and words that run on', () => {
    // Decoys: a typo, a longer word, a phrase split by a line break, a match inside a word.
    expect(values('Floor Burn logo', 'floorbarn')).toEqual([]);
    expect(values('Floor Barns for sale', 'floorbarn')).toEqual([]);
    expect(values('Floor\nBarn', 'floorbarn')).toEqual([]);
    expect(values('TheFloorBarn', 'floorbarn')).toEqual([]);
    expect(values('anything at all', 'abc')).toEqual([]);
    // Host names, URLs and e-mails spell the domain too, but they are not the company's name.
    expect(values('www.floorbarn.com or info@floorbarn.com', 'floorbarn')).toEqual([]);
    expect(values('see floorbarn.com', 'floorbarn')).toEqual([]);
    expect(values('tehnosnab-nsk', 'tehnosnabnsk')).toEqual([]);
  });
});
