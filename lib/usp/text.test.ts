import { describe, expect, it } from 'vitest';
import { analyze, detectLanguage, normalizeWord, stem, tokenize } from './text';

describe('tokenize', () => {
  it('lower-cases, folds ё and splits on punctuation and hyphens', () => {
    expect(tokenize('Счёт-фактура, «Оплата» 24/7!')).toEqual([
      'счет',
      'фактура',
      'оплата',
      '24',
      '7',
    ]);
    expect(tokenize("Month-end close doesn't wait")).toEqual([
      'month',
      'end',
      'close',
      "doesn't",
      'wait',
    ]);
  });
  it('returns nothing for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' — … ')).toEqual([]);
  });
});

describe('stem (Snowball)', () => {
  it('joins inflected Russian forms of one word', () => {
    expect(stem('оплатить')).toBe(stem('оплата'));
    expect(stem('оплатой')).toBe(stem('оплаты'));
    expect(stem('поставка')).toBe(stem('поставки'));
    expect(stem('поставками')).toBe(stem('поставке'));
    expect(stem('поставщиков')).toBe(stem('поставщик'));
    expect(stem('платежа')).toBe(stem('платежи'));
    expect(stem('опозданием')).toBe(stem('опоздание'));
  });
  it('stems English words with the English stemmer', () => {
    expect(stem('deliveries')).toBe(stem('delivery'));
    expect(stem('invoices')).toBe(stem('invoice'));
    expect(stem('paying')).toBe('pay');
  });
  it('picks the stemmer by script, so mixed texts work', () => {
    expect(stem('Поставки')).toBe(stem('поставки', 'ru'));
    expect(stem('Shipments')).toBe(stem('shipments', 'en'));
  });
  it('leaves numbers alone', () => {
    expect(stem('2024')).toBe('2024');
  });
});

describe('analyze', () => {
  it('marks function and generic words as stop words but keeps them as tokens', () => {
    const tokens = analyze('Поставщик не привозит металл в срок');
    expect(tokens.map((t) => t.word)).toEqual([
      'поставщик',
      'не',
      'привозит',
      'металл',
      'в',
      'срок',
    ]);
    expect(tokens.filter((t) => t.stop).map((t) => t.word)).toEqual(['поставщик', 'не', 'в']);
  });
});

describe('detectLanguage and normalizeWord', () => {
  it('detects the script majority', () => {
    expect(detectLanguage('Цены меняются каждую неделю')).toBe('ru');
    expect(detectLanguage('Prices change every week')).toBe('en');
    expect(detectLanguage('', 'ru')).toBe('ru');
  });
  it('folds ё and case', () => {
    expect(normalizeWord('ЁЛКА')).toBe('елка');
  });
});
