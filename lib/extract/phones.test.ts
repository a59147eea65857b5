import { describe, expect, it } from 'vitest';
import { findTextPhones, normalisePhone } from './phones';

const values = (text: string, region: 'RU' | 'US' | 'GB' = 'RU') =>
  findTextPhones(text, region).map((p) => p.value);

describe('phones', () => {
  it('normalises Russian formats to E.164', () => {
    expect(values('Тел.: 8 (495) 123-45-67')).toEqual(['+74951234567']);
    expect(values('+7 495 123 45 67, 8-800-555-35-35')).toEqual(['+74951234567', '+78005553535']);
  });
  it('keeps extensions', () => {
    expect(values('+7 (473) 250-10-20, доб. 105')).toEqual(['+74732501020;ext=105']);
    expect(values('Call 1-800-555-0199 x 12', 'US')).toEqual(['+18005550199;ext=12']);
    expect(values('+44 (0)161 496 0712 ext. 204', 'GB')).toEqual(['+441614960712;ext=204']);
    expect(normalisePhone('+7 (495) 123-45-67 доб. 7', 'RU')).toBe('+74951234567;ext=7');
  });
  it('marks faxes by their label', () => {
    const [tel, fax] = findTextPhones('Тел.: +7 (473) 250-10-20 Факс: +7 (473) 250-10-21', 'RU');
    expect(tel?.fax).toBe(false);
    expect(fax?.fax).toBe(true);
    expect(findTextPhones('тел./факс 8 (343) 310-20-31', 'RU')[0]?.fax).toBe(true);
  });
  it('ignores prices, dates, ids, accounts and order numbers', () => {
    expect(values('Цена 12 500 ₽, 1 250 000 руб., от 48,50 руб.')).toEqual([]);
    expect(values('Акция до 31.12.2024, работаем 1998–2024')).toEqual([]);
    expect(values('ИНН 7723456782 ОГРН 1027700123450 КПП 770101001')).toEqual([]);
    expect(values('р/с 40702810123450001234 БИК 045004123')).toEqual([]);
    expect(values('Заказ № 4951234567, артикул 4951234567')).toEqual([]);
    expect(values('Order #3125550150 $3125550', 'US')).toEqual([]);
    expect(values('7701234567 без метки')).toEqual([]);
  });
  it('accepts a bare digit string only with a phone label', () => {
    expect(values('Телефон: 84952223344')).toEqual(['+74952223344']);
  });
});
