import { describe, expect, it } from 'vitest';
import { Person, withContactIds } from './person';

const stored = {
  id: 'p1',
  prospectId: 'acme',
  fullName: 'Ivanov',
  createdAt: 1,
  updatedAt: 1,
};

describe('contact ids', () => {
  it('gives contacts stored without ids the same ids on every read', () => {
    // Written before contacts had ids.
    const old = {
      ...stored,
      contacts: [
        { kind: 'phone', value: '+7 900' },
        { kind: 'email', value: 'a@acme.ru' },
      ],
    };
    const first = Person.parse(old);
    expect(first.contacts.map((c) => c.id)).toEqual(['0', '1']);
    expect(Person.parse(old)).toEqual(first);
    expect(Person.parse(first)).toEqual(first); // once written, kept as they are
  });

  it('keeps the ids it has, and makes repeated ones unique', () => {
    const contacts = [
      { id: '1', kind: 'phone' as const, value: 'a' },
      { kind: 'phone' as const, value: 'b' }, // its position is an id taken above
      { id: 'x', kind: 'email' as const, value: 'c' },
      { id: 'x', kind: 'email' as const, value: 'd' }, // two lists merged
    ];
    expect(withContactIds(contacts).map((c) => c.id)).toEqual(['1', '1.1', 'x', '3']);
    expect(withContactIds(contacts)).toEqual(withContactIds(contacts));
  });
});
