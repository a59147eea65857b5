import type { Language } from '../model/common';
import { OfferProfile } from '../model/offer';

/**
 * The example offer profile that ships with DealBrief, in Russian and English: a steel stockist
 * selling to manufacturers (the demo prospect ТехноПром buys sheet steel and suffers late
 * deliveries). It shows what a good profile holds – statements the client can check, proofs with
 * numbers, conditions, differentiators around the product and competitors' weak spots – so a new
 * user sees a draft at once and then replaces it with their own. It is an ordinary profile: the
 * user may edit or delete it, and it is created only once (see `ensureExampleProfile`).
 */
interface ExampleText {
  name: string;
  properties: Array<{
    statement: string;
    categories: OfferProfile['properties'][number]['categories'];
    keywords: string[];
    proof: string;
    conditions: string;
  }>;
  differentiators: Array<{
    kind: OfferProfile['differentiators'][number]['kind'];
    statement: string;
  }>;
  competitors: Array<{ name: string; weaknesses: string }>;
}

const TEXT: Record<Language, ExampleText> = {
  ru: {
    name: 'Металлопрокат со склада (пример)',
    properties: [
      {
        statement:
          'Лист, трубу и сортовой прокат отгружаем со своего склада в день заказа, по городу доставляем за 24 часа',
        categories: ['delivery_speed', 'stock_availability'],
        keywords: ['срочно', 'сроки', 'простой линии'],
        proof: 'Склад 15 000 т, 4 200 позиций; 96% заказов 2025 года отгружены день в день',
        conditions: 'Заказ до 14:00, от 1 тонны',
      },
      {
        statement:
          'Срок поставки фиксируем в договоре: за каждый день просрочки платим неустойку 0,5% от суммы партии',
        categories: ['supply_reliability'],
        keywords: ['опоздание', 'срыв сроков', 'гарантия срока'],
        proof: 'Пункт 5.3 типового договора поставки',
        conditions: '',
      },
      {
        statement: 'Отсрочка платежа до 45 дней без залога и поручительства',
        categories: ['payment_terms'],
        keywords: ['предоплата', 'оплата по факту'],
        proof: 'Так работают 120 постоянных клиентов',
        conditions: 'После трёх оплаченных поставок',
      },
      {
        statement:
          'Сертификаты качества и паспорта плавки передаём вместе с машиной, копии в ЭДО в день отгрузки',
        categories: ['documentation', 'compliance'],
        keywords: ['сертификат', 'закрывающие документы'],
        proof: '',
        conditions: '',
      },
      {
        statement: 'Входной контроль каждой партии: марку стали проверяем спектрометром',
        categories: ['quality_consistency'],
        keywords: ['пересорт', 'марка стали'],
        proof: 'Ни одной рекламации по марке в 2025 году',
        conditions: '',
      },
      {
        statement: 'Персональный менеджер на связи без выходных с 7:00 до 22:00',
        categories: ['personal_manager', 'communication'],
        keywords: ['не дозвониться', 'не отвечают'],
        proof: '',
        conditions: '',
      },
    ],
    differentiators: [
      {
        kind: 'deadlines',
        statement: 'Сроки поставки в договоре, неустойка за просрочку за наш счёт',
      },
      { kind: 'service', statement: 'Порезка в размер и доставка в одном заказе' },
      { kind: 'precision', statement: 'Проверяем марку стали в каждой партии' },
    ],
    competitors: [
      { name: 'Металлсервис', weaknesses: 'Работают только по предоплате, доставка 3–5 дней' },
      { name: 'СтальТрейд', weaknesses: 'Путают марки стали, сертификаты присылают позже' },
    ],
  },
  en: {
    name: 'Steel from stock (example)',
    properties: [
      {
        statement:
          'Sheet, tube and bar shipped from our own warehouse on the day of the order, delivered within 24 hours in the city',
        categories: ['delivery_speed', 'stock_availability'],
        keywords: ['urgent', 'deadlines', 'line stands idle'],
        proof: '15,000 t in stock, 4,200 items; 96% of 2025 orders shipped the same day',
        conditions: 'Orders placed before 2 pm, from 1 tonne',
      },
      {
        statement:
          'The delivery date is fixed in the contract: we pay a 0.5% penalty of the batch value for each day late',
        categories: ['supply_reliability'],
        keywords: ['late', 'missed deadlines', 'guaranteed date'],
        proof: 'Clause 5.3 of our standard supply contract',
        conditions: '',
      },
      {
        statement: 'Payment deferred up to 45 days, with no collateral or guarantee',
        categories: ['payment_terms'],
        keywords: ['prepayment', 'pay on delivery'],
        proof: '120 regular clients work on these terms',
        conditions: 'After three paid deliveries',
      },
      {
        statement:
          'Quality certificates and mill test reports travel with the truck; copies by e-invoicing on the day of shipment',
        categories: ['documentation', 'compliance'],
        keywords: ['certificate', 'paperwork'],
        proof: '',
        conditions: '',
      },
      {
        statement:
          'Every batch is checked on arrival: we verify the steel grade with a spectrometer',
        categories: ['quality_consistency'],
        keywords: ['wrong grade', 'mixed up grades'],
        proof: 'Not one grade complaint in 2025',
        conditions: '',
      },
      {
        statement: 'A personal account manager, available 7 am to 10 pm, seven days a week',
        categories: ['personal_manager', 'communication'],
        keywords: ['nobody answers', 'cannot reach'],
        proof: '',
        conditions: '',
      },
    ],
    differentiators: [
      { kind: 'deadlines', statement: 'Delivery dates in the contract, with penalties paid by us' },
      { kind: 'service', statement: 'Cutting to size and delivery in one order' },
      { kind: 'precision', statement: 'We check the steel grade of every batch' },
    ],
    competitors: [
      {
        name: 'Metalservice',
        weaknesses: 'Prepayment only, delivery takes 3–5 days',
      },
      { name: 'SteelTrade', weaknesses: 'Mix up steel grades, send certificates late' },
    ],
  },
};

/**
 * The example profile in one language. Ids inside the profile are fixed (they only need to be
 * unique within it); the profile's own id and the clock are given, so tests are reproducible.
 */
export function exampleProfile(language: Language, id: string, now: number): OfferProfile {
  const text = TEXT[language];
  return OfferProfile.parse({
    id,
    name: text.name,
    language,
    properties: text.properties.map((p, i) => ({ id: `example-p${i + 1}`, ...p })),
    differentiators: text.differentiators.map((d, i) => ({ id: `example-d${i + 1}`, ...d })),
    competitors: text.competitors.map((c, i) => ({ id: `example-c${i + 1}`, ...c })),
    example: true,
    createdAt: now,
    updatedAt: now,
  });
}
