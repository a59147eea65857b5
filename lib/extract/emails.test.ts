import { describe, expect, it } from 'vitest';
import { findTextEmails, normaliseEmail } from './emails';

const found = (t: string) => findTextEmails(t).map((e) => e.value);

describe('emails', () => {
  it('finds and lower-cases addresses', () => {
    expect(found('Пишите: Info@Firm.RU.')).toEqual(['info@firm.ru']);
  });
  it('undoes common obfuscations', () => {
    expect(found('info [at] firm.ru')).toEqual(['info@firm.ru']);
    expect(found('sales(at)firm(dot)ru')).toEqual(['sales@firm.ru']);
    expect(found('front.desk [at] clinic [dot] com')).toEqual(['front.desk@clinic.com']);
    // Only lines with an "at" marker are de-obfuscated, wherever they sit in a long text.
    expect(found('Welcome\nWe are open daily\nWrite to sales [at] firm [dot] ru\nBye')).toEqual([
      'sales@firm.ru',
    ]);
    expect(found('Meet us at the fair\nWe are at home')).toEqual([]);
  });
  it('rejects asset names and placeholders', () => {
    expect(found('logo@2x.png icon@3x.webp bg@2x.jpg')).toEqual([]);
    expect(normaliseEmail('name@example.com')).toBeUndefined();
    expect(normaliseEmail('you@yourdomain.com')).toBeUndefined();
    expect(normaliseEmail('mailto:Sales@Firm.ru')).toBe('sales@firm.ru');
  });
  it('handles Cyrillic domains', () => {
    expect(found('почта: info@пример.рф')).toEqual(['info@пример.рф']);
  });
});
