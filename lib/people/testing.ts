// Test helper: a valid Person with defaults, so each test states only the fields it is about.
// Built through the zod schema, so a model change that breaks these defaults fails loudly.

import { Person, type PersonInput } from '../model';

let seq = 0;

export function person(fields: Partial<PersonInput> = {}): Person {
  seq += 1;
  return Person.parse({
    id: fields.id ?? `p${seq}`,
    prospectId: 'acme',
    fullName: `Person ${seq}`,
    createdAt: 1_000,
    updatedAt: 1_000,
    ...fields,
  });
}
