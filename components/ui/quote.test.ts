import { describe, expect, it } from 'vitest';
import { readableQuote } from './quote';

describe('a scanned snippet as a person reads it', () => {
  it('keeps the line that holds the value, not the page around it', () => {
    const snippet =
      'партнёр», — Смирнов А. В., генеральный директор ООО «Заказчик». | © ООО «ТехноПром» |';
    expect(readableQuote(snippet, 'ООО «ТехноПром»')).toBe('© ООО «ТехноПром»');
  });

  it('in a long line, keeps the sentence (initials and abbreviations do not end one)', () => {
    const snippet =
      'О компании | Мы работаем с 1998 года. Директор — Смирнов А. В., офис на ул. Малышева, д. 51. Звоните нам. | Контакты';
    expect(readableQuote(snippet, 'Смирнов')).toBe(
      'Директор — Смирнов А. В., офис на ул. Малышева, д. 51.',
    );
  });

  it('finds a value written differently by its longest word', () => {
    expect(
      readableQuote(
        'Contact us | Home | Unit 4, Brightside Lane, Sheffield, S9 2RX, United Kingdom | Sales',
        'Sheffield S9 2RX',
      ),
    ).toBe('Unit 4, Brightside Lane, Sheffield, S9 2RX, United Kingdom');
  });

  it('without the value in it, keeps every line, without the bars', () => {
    expect(readableQuote('ИНН 6671482931 | КПП 667101001 |', 'ИНН (tax id)')).toBe(
      'ИНН 6671482931 · КПП 667101001',
    );
  });

  it('a value across a line break keeps both lines; plain text stays as it is', () => {
    expect(readableQuote('Иванов Иван | Главный инженер | Меню', 'Иван | Главный')).toBe(
      'Иванов Иван | Главный инженер',
    );
    expect(readableQuote('  Just one sentence.  ')).toBe('Just one sentence.');
    expect(readableQuote('')).toBe('');
  });
});
