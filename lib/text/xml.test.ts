import { describe, expect, it } from 'vitest';
import { xmlText } from './xml';

describe('xmlText', () => {
  it('drops what XML cannot hold', () => {
    expect(xmlText('Срывы\uFFFE сроков\uFFFF')).toBe('Срывы сроков');
    expect(xmlText('a\u0000b\u0008c\u000Bd\u001Fe')).toBe('abcde');
    expect(xmlText('half \uD83D pair \uDE00 end')).toBe('half  pair  end');
  });

  it('keeps tabs, line breaks, emoji and every ordinary letter', () => {
    const text = 'ООО «ТехноПром»\tAcme\r\nстрока 😀 \u00A0 \uFFFD';
    expect(xmlText(text)).toBe(text);
  });
});
