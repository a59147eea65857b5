import { describe, expect, it } from 'vitest';
import { parsePersonText } from './parsePersonText';

describe('parsePersonText', () => {
  const cases: Array<[string, string, string]> = [
    ['Генеральный директор — Иванов Иван Иванович', 'Иванов Иван Иванович', 'Генеральный директор'],
    ['Петров П. П., главный инженер', 'Петров П. П.', 'главный инженер'],
    ['Петров П.П. – гл. инженер', 'Петров П.П.', 'гл. инженер'],
    ['Jane Doe, Head of Procurement', 'Jane Doe', 'Head of Procurement'],
    ['Jane Doe – CEO', 'Jane Doe', 'CEO'],
    ['Jane Doe - Chief Engineer', 'Jane Doe', 'Chief Engineer'],
    [
      'Иванов Иван Иванович\nНачальник отдела снабжения',
      'Иванов Иван Иванович',
      'Начальник отдела снабжения',
    ],
    ['Коммерческий директор\r\n  Сидорова Анна  ', 'Сидорова Анна', 'Коммерческий директор'],
    ['Иванов Иван Иванович (генеральный директор)', 'Иванов Иван Иванович', 'генеральный директор'],
    ['Главный инженер Петров Пётр Петрович', 'Петров Пётр Петрович', 'Главный инженер'],
    ['Jane Doe Head of Procurement', 'Jane Doe', 'Head of Procurement'],
    ['Chief Engineer Jane Doe', 'Jane Doe', 'Chief Engineer'],
    ['Jane Doe, Head of Sales, EMEA', 'Jane Doe', 'Head of Sales, EMEA'],
    ['ГД: Иванов', 'Иванов', 'ГД'],
    ['John McDonald | Warehouse Manager', 'John McDonald', 'Warehouse Manager'],
  ];
  it.each(cases)('%j', (text, fullName, position) => {
    expect(parsePersonText(text)).toEqual({ fullName, position });
  });

  it('ignores contacts and field captions', () => {
    expect(
      parsePersonText(
        'ФИО: Петров Пётр\nДолжность: Главный механик\nТел.: +7 (495) 123-45-67\nE-mail: p@acme.ru',
      ),
    ).toEqual({ fullName: 'Петров Пётр', position: 'Главный механик' });
  });

  it('leaves unknown fields empty', () => {
    expect(parsePersonText('')).toEqual({ fullName: '', position: '' });
    expect(parsePersonText('   \n ')).toEqual({ fullName: '', position: '' });
    expect(parsePersonText('Иванов Иван Иванович')).toEqual({
      fullName: 'Иванов Иван Иванович',
      position: '',
    });
    expect(parsePersonText('Главный бухгалтер')).toEqual({
      fullName: '',
      position: 'Главный бухгалтер',
    });
    expect(parsePersonText('Специалист по ВЭД')).toEqual({
      fullName: '',
      position: 'Специалист по ВЭД',
    });
    expect(
      parsePersonText(
        'Компания основана в 1995 году и с тех пор поставляет оборудование по всей России.',
      ),
    ).toEqual({
      fullName: '',
      position: '',
    });
  });
});
