// The SPIN question bank, by need concept. Specific questions get real answers where general ones
// get "no, all fine" (DOMAIN.md): "Does your supplier ever deliver late or mix up grades?" rather
// than "Any problems with suppliers?". Each concept walks the chain the client follows himself:
// situation (facts) → problem (difficulties) → implication (what it costs) → need-payoff (the value
// of solving it). Questions are content, so both languages live here, not in the locales.

import { SPIN_TYPES, type Concept, type SpinType } from '../model';

export interface Question {
  /** `concept.spin`, with `.2`, `.3` for further questions of the same kind. */
  id: string;
  concept: Concept;
  spin: SpinType;
  en: string;
  ru: string;
}

type Pair = readonly [en: string, ru: string];
type ConceptQuestions = Readonly<Record<SpinType, readonly Pair[]>>;

const BANK: ReadonlyArray<readonly [Concept, ConceptQuestions]> = [
  [
    'price',
    {
      situation: [
        [
          'What do you pay your current supplier per unit (or per tonne) now, and how often does the price change?',
          'Сколько вы сейчас платите текущему поставщику за единицу (или за тонну), и как часто меняется цена?',
        ],
        [
          'Is the price fixed in the contract for a period, or does the supplier set it on each order?',
          'Цена зафиксирована в договоре на период или поставщик выставляет её под каждый заказ?',
        ],
      ],
      problem: [
        [
          'Has your supplier raised prices mid-year without warning, after you had already set the budget?',
          'Бывало, что поставщик поднимал цены посреди года без предупреждения, когда бюджет уже был свёрстан?',
        ],
      ],
      implication: [
        [
          'When the price goes up after the budget is approved, what do you have to cut or re-approve to cover it?',
          'Когда цена растёт после утверждения бюджета, что приходится урезать или заново согласовывать, чтобы её покрыть?',
        ],
      ],
      need_payoff: [
        [
          'If the price were fixed for the whole year, how much easier would budgeting and approvals be?',
          'Если бы цена была зафиксирована на весь год, насколько проще стало бы планировать бюджет и согласовывать закупки?',
        ],
      ],
    },
  ],
  [
    'payment_terms',
    {
      situation: [
        [
          'Do you pay in advance or with a deferral now, and how many days of deferral do you get?',
          'Сейчас вы работаете по предоплате или с отсрочкой, и на сколько дней отсрочка?',
        ],
      ],
      problem: [
        [
          'Does an order ever wait because the prepayment was not released in time?',
          'Бывает, что заказ ждёт, потому что деньги на предоплату не успели выделить?',
        ],
      ],
      implication: [
        [
          'When an order waits for the payment to go through, how many days does production or the project lose?',
          'Когда заказ ждёт оплаты, сколько дней теряет производство или проект?',
        ],
      ],
      need_payoff: [
        [
          'What would a 30-day deferral change for your cash flow and for how often you can order?',
          'Что изменила бы отсрочка на 30 дней для ваших оборотных средств и для частоты заказов?',
        ],
      ],
    },
  ],
  [
    'discounts',
    {
      situation: [
        [
          'Do you get volume discounts now, and from what monthly volume do they start?',
          'Получаете ли вы сейчас скидки за объём, и с какого месячного объёма они начинаются?',
        ],
      ],
      problem: [
        [
          'Have you had to buy more than you needed just to reach the discount threshold?',
          'Приходилось ли закупать больше нужного, только чтобы дотянуть до порога скидки?',
        ],
      ],
      implication: [
        [
          'What does the extra stock bought for a discount cost you in storage and money tied up?',
          'Во что вам обходится лишний запас, купленный ради скидки, – склад, замороженные деньги?',
        ],
      ],
      need_payoff: [
        [
          'How useful would a discount on your annual volume be, without having to take it in one go?',
          'Насколько полезна была бы скидка на годовой объём, без необходимости выкупать его разом?',
        ],
      ],
    },
  ],
  [
    'delivery_speed',
    {
      situation: [
        [
          'How many days pass from your order to delivery now, and what lead time do you actually need?',
          'Сколько дней сейчас проходит от заказа до поставки, и какой срок вам на самом деле нужен?',
        ],
      ],
      problem: [
        [
          'Do urgent orders take as long as ordinary ones because the supplier has no express option?',
          'Бывает, что срочный заказ едет так же долго, как обычный, потому что у поставщика нет срочной доставки?',
        ],
      ],
      implication: [
        [
          'When an urgent item arrives a week late, what happens to the line or the project meanwhile?',
          'Когда срочная позиция приезжает на неделю позже, что в это время происходит с линией или проектом?',
        ],
      ],
      need_payoff: [
        [
          'If urgent orders arrived within 24 hours, what could you stop doing – keeping extra stock, paying couriers?',
          'Если бы срочные заказы приезжали в течение суток, от чего вы смогли бы отказаться – от лишнего запаса, от курьеров?',
        ],
      ],
    },
  ],
  [
    'supply_reliability',
    {
      situation: [
        [
          'How often has your supplier missed the agreed delivery date in the last six months?',
          'Как часто поставщик срывал согласованный срок поставки за последние полгода?',
        ],
      ],
      problem: [
        [
          'Does your supplier ever deliver late or mix up grades?',
          'Бывает, что поставщик задерживает поставку или путает марки?',
        ],
        [
          'Has a supplier shipped only part of an order and brought the rest days later?',
          'Случалось, что поставщик отгружал заказ частично, а остальное довозил через несколько дней?',
        ],
      ],
      implication: [
        [
          'When a delivery is late, who on your side rearranges the schedule, and what does a day of delay cost?',
          'Когда поставка опаздывает, кому у вас приходится перестраивать график, и во что обходится день задержки?',
        ],
      ],
      need_payoff: [
        [
          'How would a delivery date fixed in the contract, with us paying a penalty if late, change your planning?',
          'Как изменилось бы ваше планирование, если бы срок поставки был закреплён в договоре, а за просрочку платили бы мы?',
        ],
      ],
    },
  ],
  [
    'stock_availability',
    {
      situation: [
        [
          'Which items do you need at short notice, and does your supplier keep them in stock in your region?',
          'Какие позиции вам нужны в короткий срок, и держит ли их поставщик на складе в вашем регионе?',
        ],
      ],
      problem: [
        [
          'Have you been told "out of stock, expect it in a month" for an item you need regularly?',
          'Слышали ли вы «нет в наличии, ждите месяц» по позиции, которая нужна вам постоянно?',
        ],
      ],
      implication: [
        [
          'How much safety stock do you keep only because you cannot rely on the supplier’s stock?',
          'Какой страховой запас вы держите только потому, что на склад поставщика нельзя положиться?',
        ],
      ],
      need_payoff: [
        [
          'If we kept your regular items reserved in stock in your city, how much of your own stock could you release?',
          'Если бы мы держали ваши постоянные позиции в резерве на складе в вашем городе, какой объём своего запаса вы смогли бы высвободить?',
        ],
      ],
    },
  ],
  [
    'logistics',
    {
      situation: [
        [
          'Who delivers now – the supplier, a carrier or your own trucks – and to how many sites?',
          'Кто сейчас доставляет – поставщик, транспортная компания или ваш транспорт – и на сколько площадок?',
        ],
      ],
      problem: [
        [
          'Do trucks arrive outside your receiving hours or without the papers the gate needs?',
          'Бывает, что машина приходит не в часы приёмки или без документов, которые нужны на проходной?',
        ],
      ],
      implication: [
        [
          'When a truck is turned away or waits at the gate, who pays for the waiting and the second trip?',
          'Когда машину разворачивают или она стоит у ворот, кто платит за простой и повторный рейс?',
        ],
      ],
      need_payoff: [
        [
          'What would delivery to each site in an agreed time window save your warehouse team?',
          'Что сэкономила бы вашему складу доставка на каждую площадку в согласованное окно времени?',
        ],
      ],
    },
  ],
  [
    'assortment',
    {
      situation: [
        [
          'From how many suppliers do you buy this range now, and why not from one?',
          'У скольких поставщиков вы сейчас закупаете этот ассортимент, и почему не у одного?',
        ],
      ],
      problem: [
        [
          'Do you need a second supplier because the main one does not carry some sizes or grades?',
          'Приходится искать второго поставщика, потому что у основного нет части размеров или марок?',
        ],
      ],
      implication: [
        [
          'How much time do your buyers spend each month chasing the missing items across several suppliers?',
          'Сколько времени ваши закупщики тратят каждый месяц, добирая недостающие позиции у разных поставщиков?',
        ],
      ],
      need_payoff: [
        [
          'If one supplier covered the whole range, how many contracts and invoices would you no longer handle?',
          'Если бы весь ассортимент закрывал один поставщик, от скольких договоров и счетов вы бы избавились?',
        ],
      ],
    },
  ],
  [
    'quality',
    {
      situation: [
        [
          'How do you check incoming quality now – certificates only, or your own lab tests?',
          'Как вы сейчас проверяете качество на входе – только по сертификатам или своими лабораторными испытаниями?',
        ],
      ],
      problem: [
        [
          'Have you received a batch that was fine on paper but failed in production?',
          'Приходила ли партия, которая по документам была в порядке, а в производстве не пошла?',
        ],
      ],
      implication: [
        [
          'When a bad batch is found on the line, what does it cost – scrap, rework, a missed shipment to your client?',
          'Когда брак обнаруживается уже на линии, во что это обходится – списание, переделка, сорванная отгрузка вашему клиенту?',
        ],
      ],
      need_payoff: [
        [
          'What would it be worth if every batch came with test results for your exact specification?',
          'Что дало бы вам, если бы каждая партия приходила с результатами испытаний под вашу спецификацию?',
        ],
      ],
    },
  ],
  [
    'quality_consistency',
    {
      situation: [
        [
          'Does quality differ from batch to batch, and do you re-tune your process for each one?',
          'Отличается ли качество от партии к партии, и перенастраиваете ли вы процесс под каждую?',
        ],
      ],
      problem: [
        [
          'Has the supplier changed the raw material or the recipe without telling you?',
          'Бывало, что поставщик менял сырьё или рецептуру, не предупредив вас?',
        ],
      ],
      implication: [
        [
          'How many hours does your technologist spend re-tuning when a new batch behaves differently?',
          'Сколько часов уходит у вашего технолога на перенастройку, когда новая партия ведёт себя иначе?',
        ],
      ],
      need_payoff: [
        [
          'If every batch behaved the same, what could your technologists spend that time on instead?',
          'Если бы все партии вели себя одинаково, на что ваши технологи могли бы потратить это время?',
        ],
      ],
    },
  ],
  [
    'warranty',
    {
      situation: [
        [
          'What warranty do you get now, and who decides whether a failure is a warranty case?',
          'Какая гарантия у вас сейчас, и кто решает, гарантийный ли это случай?',
        ],
      ],
      problem: [
        [
          'Has a warranty claim dragged on for weeks while the supplier "looked into the cause"?',
          'Бывало, что гарантийная претензия тянулась неделями, пока поставщик «выяснял причины»?',
        ],
      ],
      implication: [
        [
          'While a claim is open, do you buy a replacement at your own cost, and does that money come back?',
          'Пока претензия рассматривается, вы покупаете замену за свой счёт, и возвращаются ли потом эти деньги?',
        ],
      ],
      need_payoff: [
        [
          'How would it help if the replacement were shipped first and the cause investigated afterwards?',
          'Чем помогла бы вам схема, когда замена отгружается сразу, а причины выясняются потом?',
        ],
      ],
    },
  ],
  [
    'service_support',
    {
      situation: [
        [
          'When something goes wrong, whom do you call at your supplier, and how fast do they answer?',
          'Когда что-то идёт не так, кому вы звоните у поставщика и как быстро вам отвечают?',
        ],
      ],
      problem: [
        [
          'Have you waited days for an engineer to come out after a breakdown?',
          'Приходилось ждать выезда инженера по несколько дней после поломки?',
        ],
      ],
      implication: [
        [
          'What did the last wait for a service visit cost you in lost output?',
          'Во что вам обошлось последнее ожидание сервисного выезда в недовыпущенной продукции?',
        ],
      ],
      need_payoff: [
        [
          'What would an engineer on site within 24 hours, written into the contract, mean for your team?',
          'Что значил бы для вашей команды выезд инженера в течение суток, закреплённый в договоре?',
        ],
      ],
    },
  ],
  [
    'technical_expertise',
    {
      situation: [
        [
          'Who helps you choose the right grade or model for a new job – the supplier’s engineer or your own people?',
          'Кто помогает подобрать нужную марку или модель под новую задачу – инженер поставщика или ваши специалисты?',
        ],
      ],
      problem: [
        [
          'Has the supplier’s manager been unable to answer a technical question and promised to "find out"?',
          'Бывало, что менеджер поставщика не мог ответить на технический вопрос и обещал «уточнить»?',
        ],
      ],
      implication: [
        [
          'When the wrong grade is chosen, what do the trials, the rework or the returned product cost?',
          'Когда подобрана не та марка, во что обходятся испытания, переделка или возврат продукции?',
        ],
      ],
      need_payoff: [
        [
          'How useful would a supplier’s engineer be who selects the product for your process and stands by the choice?',
          'Насколько полезен был бы инженер поставщика, который подбирает продукт под ваш процесс и отвечает за выбор?',
        ],
      ],
    },
  ],
  [
    'personal_manager',
    {
      situation: [
        [
          'Do you have one named contact at your supplier, or do you reach whoever picks up?',
          'У вас есть закреплённый менеджер у поставщика, или вы попадаете на того, кто возьмёт трубку?',
        ],
      ],
      problem: [
        [
          'Has your contact at the supplier changed, so that you had to explain your requirements all over again?',
          'Бывало, что ваш менеджер у поставщика сменился и всё пришлось объяснять заново?',
        ],
      ],
      implication: [
        [
          'When requests get lost at the supplier, who on your side chases them, and how long does it take?',
          'Когда запросы теряются у поставщика, кто у вас их догоняет и сколько времени на это уходит?',
        ],
      ],
      need_payoff: [
        [
          'What would one manager who knows your orders and answers within an hour save you?',
          'Что сэкономил бы вам один менеджер, который знает ваши заказы и отвечает в течение часа?',
        ],
      ],
    },
  ],
  [
    'maintenance',
    {
      situation: [
        [
          'Who maintains the equipment now – your own mechanics or the supplier – and on what schedule?',
          'Кто сейчас обслуживает оборудование – ваши механики или поставщик – и по какому графику?',
        ],
      ],
      problem: [
        [
          'Does planned maintenance slip because parts or the supplier’s specialist are not available?',
          'Бывает, что плановое обслуживание переносится, потому что нет запчастей или специалиста поставщика?',
        ],
      ],
      implication: [
        [
          'When maintenance is postponed, how often does it end in an unplanned breakdown?',
          'Когда обслуживание откладывают, как часто это заканчивается внеплановой поломкой?',
        ],
      ],
      need_payoff: [
        [
          'How would a maintenance plan with parts reserved in advance change the load on your chief mechanic?',
          'Как изменилась бы нагрузка на главного механика, если бы обслуживание шло по плану с заранее зарезервированными запчастями?',
        ],
      ],
    },
  ],
  [
    'downtime',
    {
      situation: [
        [
          'How many hours of unplanned downtime did you have last quarter, and what caused most of it?',
          'Сколько часов внепланового простоя было в прошлом квартале, и что было главной причиной?',
        ],
      ],
      problem: [
        [
          'Has the line stood idle while you waited for spare parts?',
          'Стояла ли у вас линия в ожидании запчастей?',
        ],
      ],
      implication: [
        [
          'What does one hour of a stopped line cost you, counting staff, lost output and your clients’ penalties?',
          'Во что обходится час остановки линии с учётом персонала, недовыпуска и штрафов от ваших клиентов?',
        ],
      ],
      need_payoff: [
        [
          'If critical parts were kept in your city and delivered within 24 hours, how much downtime would that remove?',
          'Если бы критичные запчасти хранились на складе в вашем городе и привозились за сутки, какой простой это бы убрало?',
        ],
      ],
    },
  ],
  [
    'documentation',
    {
      situation: [
        [
          'Which documents must come with each delivery – invoices, certificates, equipment passports – and in what form?',
          'Какие документы должны приходить с каждой поставкой – УПД, сертификаты, паспорта – и в каком виде?',
        ],
      ],
      problem: [
        [
          'Do deliveries arrive with wrong invoices or without certificates, so that accounting sends them back?',
          'Бывает, что поставка приходит с ошибками в УПД или без сертификатов, и бухгалтерия её возвращает?',
        ],
      ],
      implication: [
        [
          'When documents are wrong, how long are acceptance and payment held up, and who fixes them?',
          'Когда документы с ошибками, на сколько задерживается приёмка или оплата, и кто это исправляет?',
        ],
      ],
      need_payoff: [
        [
          'How much would electronic documents, right the first time and sent on the day of shipment, save your accounting?',
          'Сколько сэкономил бы вашей бухгалтерии электронный документооборот без ошибок и в день отгрузки?',
        ],
      ],
    },
  ],
  [
    'ordering',
    {
      situation: [
        [
          'How do you place orders now – e-mail, phone, a portal – and how many a month?',
          'Как вы сейчас оформляете заказы – по почте, по телефону, через портал – и сколько их в месяц?',
        ],
      ],
      problem: [
        [
          'Have orders been entered wrongly because they were taken over the phone?',
          'Бывало, что заказ оформляли с ошибкой, потому что принимали его по телефону?',
        ],
      ],
      implication: [
        [
          'How much of your buyers’ time goes on checking order confirmations and correcting mistakes?',
          'Сколько времени ваши закупщики тратят на сверку подтверждений и исправление ошибок в заказах?',
        ],
      ],
      need_payoff: [
        [
          'What would ordering in a few clicks, with prices and stock in view, change for your purchasing team?',
          'Что изменило бы для отдела закупок оформление заказа в несколько кликов, с ценами и остатками на виду?',
        ],
      ],
    },
  ],
  [
    'installation',
    {
      situation: [
        [
          'Who installs and commissions the equipment – the supplier, a contractor or your own team?',
          'Кто устанавливает и запускает оборудование – поставщик, подрядчик или ваша команда?',
        ],
      ],
      problem: [
        [
          'Has commissioning dragged on because the supplier and the installer blamed each other?',
          'Затягивался ли запуск, потому что поставщик и монтажники перекладывали ответственность друг на друга?',
        ],
      ],
      implication: [
        [
          'What did a month’s delay in commissioning cost you in planned output?',
          'Во что обошёлся вам месяц задержки запуска в запланированном выпуске?',
        ],
      ],
      need_payoff: [
        [
          'How would supply and installation by one contractor, with one deadline, help you?',
          'Чем помогла бы вам поставка и монтаж от одного подрядчика с одним сроком?',
        ],
      ],
    },
  ],
  [
    'packaging',
    {
      situation: [
        [
          'How does the product arrive now – pallets, big bags, loose – and does that suit your storage and handling?',
          'В какой упаковке сейчас приходит продукция – паллеты, биг-бэги, навалом – и подходит ли она под ваше хранение и погрузку?',
        ],
      ],
      problem: [
        [
          'Does packaging arrive damaged, or do you have to repack goods on receipt?',
          'Бывает, что упаковка приходит повреждённой или приходится перетаривать товар при приёмке?',
        ],
      ],
      implication: [
        [
          'What do damaged or repacked goods cost you in losses and in your warehouse staff’s time?',
          'Во что вам обходятся повреждённые или перетаренные грузы – в потерях и во времени кладовщиков?',
        ],
      ],
      need_payoff: [
        [
          'What would packaging designed for your storage and loading change in your warehouse?',
          'Что изменила бы на вашем складе упаковка, рассчитанная под ваше хранение и погрузку?',
        ],
      ],
    },
  ],
  [
    'returns',
    {
      situation: [
        [
          'How do you return goods that do not fit now, and how long does the supplier take to accept them?',
          'Как вы сейчас возвращаете неподошедший товар, и сколько времени поставщик его принимает?',
        ],
      ],
      problem: [
        [
          'Has a supplier refused a return or made you pay for shipping it back?',
          'Бывало, что поставщик отказывал в возврате или заставлял оплатить обратную доставку?',
        ],
      ],
      implication: [
        [
          'How much money is tied up in goods you could not return?',
          'Сколько денег у вас заморожено в товаре, который не удалось вернуть?',
        ],
      ],
      need_payoff: [
        [
          'If returns were accepted within a week and we collected the goods, how much more freely could you try new items?',
          'Насколько смелее вы могли бы пробовать новые позиции, если бы возврат принимали за неделю и мы сами забирали товар?',
        ],
      ],
    },
  ],
];

export const QUESTION_BANK: readonly Question[] = BANK.flatMap(([concept, bySpin]) =>
  SPIN_TYPES.flatMap((spin) =>
    bySpin[spin].map(([en, ru], i) => ({
      id: i === 0 ? `${concept}.${spin}` : `${concept}.${spin}.${i + 1}`,
      concept,
      spin,
      en,
      ru,
    })),
  ),
);

const BY_CONCEPT_SPIN = new Map<string, Question[]>();
for (const q of QUESTION_BANK) {
  const key = `${q.concept}/${q.spin}`;
  BY_CONCEPT_SPIN.set(key, [...(BY_CONCEPT_SPIN.get(key) ?? []), q]);
}

/** The bank's questions of one concept and SPIN type, in bank order (empty when none). */
export function questionsFor(concept: Concept, spin: SpinType): readonly Question[] {
  return BY_CONCEPT_SPIN.get(`${concept}/${spin}`) ?? [];
}

/** The concepts the bank covers, in bank order. */
export const QUESTION_CONCEPTS: readonly Concept[] = BANK.map(([concept]) => concept);
