import { describe, expect, it } from 'vitest';
import { findTextAddresses, parseRuAddress } from './address';

describe('addresses', () => {
  it('parses Russian addresses into parts', () => {
    expect(parseRuAddress('Адрес: 123456, г. Москва, ул. Примерная, д. 1, офис 2')).toEqual({
      raw: '123456, г. Москва, ул. Примерная, д. 1, офис 2',
      postcode: '123456',
      city: 'Москва',
      street: 'ул. Примерная, д. 1, офис 2',
    });
    const p = parseRuAddress(
      'Россия, 630099, Новосибирская обл., г. Новосибирск, ул. Каменская, д. 7, корп. 2; тел. 8 383 000-00-00',
    );
    expect(p?.region).toBe('Новосибирская обл.');
    expect(p?.street).toBe('ул. Каменская, д. 7, корп. 2');
    expect(p?.country).toBe('Россия');
  });
  it('does not take a street mentioned in prose for an address', () => {
    expect(parseRuAddress('Мы любим гулять по улице Ленина вечером')).toBeUndefined();
  });
  it('finds US, UK, CA and AU city lines with their street', () => {
    const us = findTextAddresses('1450 Lakeshore Drive, Suite 210\nChicago, IL 60610')[0]?.parsed;
    expect(us).toMatchObject({
      city: 'Chicago',
      region: 'IL',
      postcode: '60610',
      street: '1450 Lakeshore Drive, Suite 210',
    });
    expect(
      findTextAddresses('Unit 4, Riverside Park, Manchester, M17 1PL')[0]?.parsed,
    ).toMatchObject({ city: 'Manchester', postcode: 'M17 1PL' });
    expect(findTextAddresses('100 King Street West, Toronto, ON M5X 1A9')[0]?.parsed).toMatchObject(
      { city: 'Toronto', postcode: 'M5X 1A9' },
    );
    expect(findTextAddresses('12 George St, Sydney NSW 2000')[0]?.parsed).toMatchObject({
      city: 'Sydney',
      postcode: '2000',
    });
  });
});
