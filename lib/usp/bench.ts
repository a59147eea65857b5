import type { OfferProperty } from '../model/offer';
import { composeDraft } from './composer';
import { matchNeeds, type MatchableNeed } from './matcher';
import { analyze } from './text';

/**
 * A benchmark for `npm run bench`: match + compose for a brief of 30 needs against an offer of 50
 * properties (the budget is 20 ms), and tokenising + stemming the same texts alone. Data is
 * generated from a fixed seed so every run measures the same work.
 */
export interface UspBench {
  matchComposeMs: number;
  tokeniseOnlyMs: number;
}

const PAIN_PARTS = [
  'металл приходит с опозданием',
  'цех простаивает',
  'цены меняются каждую неделю',
  'поставщик путает марки стали',
  'нужна отсрочка платежа',
  'никто не отвечает на звонки',
  'сертификаты присылают позже',
  'deliveries are always late',
  'invoices are checked by hand',
  'our line stands idle waiting for spare parts',
  'prices change every month',
  'nobody answers',
  'new staff need training',
  'packaging arrives damaged',
  'we run out of stock',
  'минимальная партия слишком большая',
];
const ANSWER_PARTS = [
  'отгрузка со склада в день заказа',
  'фиксированная цена на квартал',
  'отсрочка платежа 45 дней',
  'проверка каждой партии',
  'персональный менеджер на связи',
  'сертификаты вместе с поставкой',
  'delivery within 24 hours',
  'automatic invoice audit',
  'spare parts in our regional depot',
  'on-site training for operators',
  'reinforced packaging',
  'free branded mug',
  'сувенир с логотипом',
  'stock reserved for you',
  'заказ от одной паллеты',
  'dedicated account manager',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function phrase(parts: readonly string[], next: () => number): string {
  const n = 1 + Math.floor(next() * 3);
  return Array.from({ length: n }, () => parts[Math.floor(next() * parts.length)]!).join(', ');
}

export function benchData(needCount = 30, propertyCount = 50) {
  const next = rng(42);
  const needs: MatchableNeed[] = Array.from({ length: needCount }, (_, i) => ({
    id: `n${i}`,
    statement: phrase(PAIN_PARTS, next),
  }));
  const properties: OfferProperty[] = Array.from({ length: propertyCount }, (_, i) => ({
    id: `p${i}`,
    statement: phrase(ANSWER_PARTS, next),
    categories: [],
    keywords: [],
    proof: i % 3 === 0 ? `Кейс клиента №${i}` : '',
    conditions: '',
  }));
  return { needs, offer: { properties, differentiators: [], competitors: [] } };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function benchUsp(runs = 25): UspBench {
  const { needs, offer } = benchData();
  const texts = [...needs.map((n) => n.statement), ...offer.properties.map((p) => p.statement)];
  const once = () => {
    const { links } = matchNeeds(needs, offer);
    return composeDraft({
      prospect: { name: 'Bench Co', domains: ['bench.example'] },
      needs,
      offer,
      competitorsUsed: [],
      links,
      language: 'ru',
    });
  };
  once(); // warm up: builds the lexicon index and fills the stem cache, as in a real session
  const matchCompose: number[] = [];
  const tokenise: number[] = [];
  for (let r = 0; r < runs; r++) {
    let t0 = performance.now();
    once();
    matchCompose.push(performance.now() - t0);
    t0 = performance.now();
    for (const t of texts) analyze(t);
    tokenise.push(performance.now() - t0);
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { matchComposeMs: round(median(matchCompose)), tokeniseOnlyMs: round(median(tokenise)) };
}
