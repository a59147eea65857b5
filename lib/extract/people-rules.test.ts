import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { enNameStrength, nameKey } from './names';
import { extractPeople, splitInline } from './people';
import { findProsePeople } from './prose';
import { buildTextModel } from './text';

const people = (body: string, own: string[] = []) =>
  extractPeople(buildTextModel(new JSDOM(`<body>${body}</body>`).window.document), [], own).map(
    (p) => `${p.name} = ${p.position}`,
  );

describe('people: further line and card shapes', () => {
  it('splits "Name Surname Title" with no separator when the tail ends in a title word', () => {
    expect(splitInline('Kathy Roddy Tutor')).toEqual({ name: 'Kathy Roddy', position: 'Tutor' });
    expect(splitInline('Jane Doe Senior Project Manager')?.position).toBe('Senior Project Manager');
    // Decoys: the tail does not end in a title word, or the title word is also a surname.
    expect(splitInline('Paul Smith Architect Tours')).toBeUndefined();
    expect(splitInline('Mary Ann Cook')).toBeUndefined();
    expect(splitInline('John Smith joined as Manager')).toBeUndefined();
  });

  it('reads honorifics and ranks before a name, and a signed byline', () => {
    expect(enNameStrength('Capt. Chuck Eichner')).toBe(2);
    expect(nameKey('Rev. John Ames')).toBe('john ames');
    expect(splitInline('From Capt. Chuck Eichner, Realtor')).toEqual({
      name: 'Capt. Chuck Eichner',
      position: 'Realtor',
    });
    // Decoy: a byline followed by something that is not a title.
    expect(splitInline('From John Smith, Seattle')).toBeUndefined();
  });

  it('reads a name card over a bio that opens with the title', () => {
    expect(
      people('<h3>Arvin Marchel</h3><p>As co-founder, Arvin brings 20 years of sales.</p>'),
    ).toEqual(['Arvin Marchel = Co-founder']);
    // Decoys: the sentence is about someone else, or "As …" is not a title.
    expect(people('<h3>Arvin Marchel</h3><p>As co-founder, Bill brings 20 years.</p>')).toEqual([]);
    expect(people('<h3>Arvin Marchel</h3><p>As a result, Arvin was busy.</p>')).toEqual([]);
  });

  it('reads a title in apposition before a name, and drops our own name from it', () => {
    expect(
      findProsePeople('The Director of Abbey Road, Dr. Arthur Kian, received his Ph.D.').map(
        (p) => `${p.name} = ${p.position}`,
      ),
    ).toEqual(['Dr. Arthur Kian = Director of Abbey Road']);
    expect(
      people('<p>The Director of Abbey Road, Dr. Arthur Kian, received his Ph.D.</p>', [
        'Go Abbey Road',
      ]),
    ).toEqual(['Arthur Kian = Director']);
    // Decoys: not a title, and a department is kept.
    expect(findProsePeople('Our client, John Smith, said it was great.')).toEqual([]);
    expect(
      people('<p>The Director of Marketing, Jane Doe, joined us.</p>', ['Abbey Road']),
    ).toEqual(['Jane Doe = Director of Marketing']);
  });
});
