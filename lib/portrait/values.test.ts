import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findField, resolveTemplate } from './templates';
import { coerceValue, parseDate, parseNumber } from './values';

describe('parseNumber: figures as pages write them', () => {
  it('repeated separators and three-digit groups are thousands', () => {
    expect(parseNumber('1,250,000 tons')).toBe(1_250_000);
    expect(parseNumber('1.234.567')).toBe(1_234_567);
    expect(parseNumber('1 234 567 руб.')).toBe(1_234_567);
    expect(parseNumber("1'234'567")).toBe(1_234_567);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1,234.56')).toBe(1234.56);
    expect(parseNumber('1,200')).toBe(1200);
    expect(parseNumber('0,125')).toBe(0.125);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('−7,5 °C')).toBe(-7.5);
  });

  it('magnitude words multiply', () => {
    expect(parseNumber('12,5 млн тонн')).toBe(12_500_000);
    expect(parseNumber('оборот 3 млрд руб')).toBe(3_000_000_000);
    expect(parseNumber('2 тыс. м²')).toBe(2000);
    expect(parseNumber('7 тысяч')).toBe(7000);
    expect(parseNumber('5 миллионов')).toBe(5_000_000);
    expect(parseNumber('$5m revenue')).toBe(5_000_000);
    expect(parseNumber('10k units')).toBe(10_000);
    expect(parseNumber('1.5 bn')).toBe(1_500_000_000);
    expect(parseNumber('2 million')).toBe(2_000_000);
    expect(parseNumber('1 250 млн')).toBe(1_250_000_000);
    // Units that only look like one: metres, kilograms.
    expect(parseNumber('500 m²')).toBe(500);
    expect(parseNumber('500 m from the metro')).toBe(500);
    expect(parseNumber('10 kg')).toBe(10);
  });

  it('what reads two ways stays text', () => {
    expect(parseNumber('1,250 млн')).toBeUndefined(); // 1.25 or 1250 million?
    expect(parseNumber('25.03.2026')).toBeUndefined();
    expect(parseNumber('1,2,3')).toBeUndefined();
    expect(parseNumber('много')).toBeUndefined();
    expect(coerceValue({ type: 'number' }, '1,250 млн т')).toBe('1,250 млн т');
    expect(coerceValue({ type: 'money' }, '12,5 млн ₽')).toBe(12_500_000);
  });

  const LOCALES = ['en-US', 'de-DE', 'ru-RU', 'fr-FR', 'de-CH'];
  const cents = fc.integer({ min: 0, max: 10 ** 13 }).map((c) => c / 100);

  it('reads back any whole number written with any locale’s thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 15 }), fc.constantFrom(...LOCALES), (n, l) => {
        expect(parseNumber(new Intl.NumberFormat(l).format(n))).toBe(n);
      }),
    );
  });

  it('reads back amounts with up to two decimals, in any locale and as JavaScript writes them', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom(...LOCALES), (n, l) => {
        const written = new Intl.NumberFormat(l, { maximumFractionDigits: 2 }).format(n);
        expect(parseNumber(written)).toBe(n);
        expect(parseNumber(String(n))).toBe(n);
        expect(coerceValue({ type: 'number' }, String(-n))).toBe(-n || 0);
      }),
    );
  });

  it('a Russian figure with a magnitude word is that many thousands, millions or billions', () => {
    const words: Array<[string, number]> = [
      ['тыс.', 1e3],
      ['млн', 1e6],
      ['млрд', 1e9],
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom(...words), (c, [w, k]) => {
        const n = c / 10;
        const written = `${new Intl.NumberFormat('ru-RU').format(n)} ${w}`;
        expect(parseNumber(written)).toBe((c * k) / 10);
      }),
    );
  });
});

describe('choice fields: the option as the page or the rep words it', () => {
  it('matches a built-in option by its label in either language', () => {
    const segment = findField(resolveTemplate('retail_wholesale', []), 'priceSegment')!;
    expect(coerceValue(segment, 'Премиум')).toBe('premium');
    expect(coerceValue(segment, ' premium ')).toBe('premium');
    expect(coerceValue(segment, 'LUXURY')).toBe('luxury');
    const method = findField(resolveTemplate('manufacturer', []), 'purchaseMethod')!;
    expect(coerceValue(method, 'прямой  договор')).toBe('direct');
    expect(coerceValue(method, 'Framework agreement')).toBe('framework');
    expect(coerceValue(method, 'аукцион')).toBe('аукцион'); // no such option: kept as text
  });

  it('matches the rep’s own options as written, not through the locales', () => {
    const own = {
      type: 'multi_choice' as const,
      options: ['Премиум', 'Опт'],
      key: 'f-1',
      builtIn: false,
    };
    expect(coerceValue(own, 'премиум, опт, розница')).toEqual(['Премиум', 'Опт', 'розница']);
    expect(coerceValue({ ...own, options: ['premium'] }, 'Премиум')).toEqual(['Премиум']);
  });
});

describe('parseDate: dates as pages write them', () => {
  it('reads numeric, Russian and English forms', () => {
    expect(parseDate('до 25.03.2026')).toBe('2026-03-25');
    expect(parseDate('2026-03-25')).toBe('2026-03-25');
    expect(parseDate('25/03/2026')).toBe('2026-03-25');
    expect(parseDate('3/25/2026')).toBe('2026-03-25');
    expect(parseDate('1 марта 2026')).toBe('2026-03-01');
    expect(parseDate('с 15 мая 2026 г.')).toBe('2026-05-15');
    expect(parseDate('1 сент. 2025')).toBe('2025-09-01');
    expect(parseDate('March 1, 2026')).toBe('2026-03-01');
    expect(parseDate('1 Mar 2026')).toBe('2026-03-01');
    expect(parseDate('Sept 30 2026')).toBe('2026-09-30');
  });

  it('what does not exist or reads two ways is not a date', () => {
    expect(parseDate('31.02.2026')).toBeUndefined();
    expect(parseDate('30 февраля 2026')).toBeUndefined();
    expect(parseDate('03/04/2026')).toBeUndefined(); // 4 March or 3 April?
    expect(parseDate('04/04/2026')).toBe('2026-04-04');
    expect(parseDate('12 марок 2026')).toBeUndefined();
    expect(parseDate('весной 2026')).toBeUndefined();
    expect(coerceValue({ type: 'date' }, 'весной 2026')).toBe('весной 2026');
  });

  it('reads back any date the browser writes in English or Russian', () => {
    const day = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) });
    const styles: Intl.DateTimeFormatOptions[] = [
      { dateStyle: 'medium' },
      { dateStyle: 'long' },
      { year: 'numeric', month: 'numeric', day: 'numeric' },
    ];
    const langs = ['en-US', 'en-GB', 'ru-RU'];
    fc.assert(
      fc.property(day, fc.constantFrom(...langs), fc.constantFrom(...styles), (at, lang, style) => {
        const iso = new Date(at).toISOString().slice(0, 10);
        const written = new Intl.DateTimeFormat(lang, { ...style, timeZone: 'UTC' }).format(at);
        // "3/4/2026" reads two ways: an English numeric date is sure only with the day above 12.
        const [, mo, d] = iso.split('-').map(Number);
        const twoWays = style.month === 'numeric' && lang.startsWith('en') && d! <= 12 && mo !== d;
        expect(parseDate(written)).toBe(twoWays ? undefined : iso);
      }),
    );
  });
});
