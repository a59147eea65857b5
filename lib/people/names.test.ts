import { describe, expect, it } from 'vitest';
import { looksLikeName, matchNames, nameWords } from './names';

describe('matchNames', () => {
  it('matches the same words in any order and case', () => {
    expect(matchNames('Jane Doe', 'DOE jane')).toBe('same_name');
    expect(matchNames('Алёна Петрова', 'Петрова Алена')).toBe('same_name');
  });

  it('matches initials against full names', () => {
    expect(matchNames('Иванов И. И.', 'Иванов Иван Иванович')).toBe('initials_match');
    expect(matchNames('Иванов И.И.', 'Иван Иванович Иванов')).toBe('initials_match');
    expect(matchNames('J. Doe', 'Jane Doe')).toBe('initials_match');
  });

  it('matches a name contained in a fuller one', () => {
    expect(matchNames('Иванов Иван', 'Иванов Иван Иванович')).toBe('partial_name');
  });

  it('does not match different people, lone surnames or empty names', () => {
    expect(matchNames('Иванов П. И.', 'Иванов Иван Иванович')).toBeNull();
    expect(matchNames('Иванова Ирина', 'Иванов И.')).toBeNull();
    expect(matchNames('Иванов', 'Иванов Иван')).toBeNull();
    expect(matchNames('И. И.', 'Иван Иванович')).toBeNull();
    expect(matchNames('', 'Jane Doe')).toBeNull();
  });

  it('keeps a double surname as one word', () => {
    expect(nameWords('П. Петров-Водкин')).toEqual(['п', 'петров-водкин']);
    expect(matchNames('Петров Пётр', 'П. Петров-Водкин')).toBeNull();
  });
});

describe('looksLikeName', () => {
  it.each([
    'Иванов Иван Иванович',
    'Петров П. П.',
    'Петров П.П.',
    'Jane Doe',
    'John McDonald',
    "Mary O'Neil",
    'Анна-Мария Петрова',
  ])('accepts %j', (text) => expect(looksLikeName(text)).toBe(true));
  it.each([
    'Генеральный директор',
    'Head of Procurement',
    'CEO',
    'ООО Ромашка',
    'Иванов',
    'Room 101 Lee',
    '',
  ])('rejects %j', (text) => expect(looksLikeName(text)).toBe(false));
  it('accepts a bare surname when asked to', () => {
    expect(looksLikeName('Иванов', 1)).toBe(true);
  });
});
