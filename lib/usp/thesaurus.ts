import { EVERYDAY_GROUPS } from './thesaurusEveryday';
import { INDUSTRY_GROUPS_A } from './thesaurusIndustriesA';
import { INDUSTRY_GROUPS_B } from './thesaurusIndustriesB';

/**
 * The thesaurus: groups of everyday and B2B words (Russian and English) that mean the same thing,
 * or that a pain and its answer use for one matter from the two sides of the table: the client
 * says "сохнет сутки", the offer says "быстросохнущий", "сушка 40 минут"; the client says "guys
 * wash their overalls at home", the offer says "industrial laundering". The matcher counts two
 * different words of one group in a pain and a property like a shared word (a little less).
 *
 * The concept lexicon (`lexicon.ts`) says what kind of need a text is about (price, downtime…);
 * these groups are finer and say which matter: drying, washing, theft, noise, icicles.
 *
 * Each entry is one group: terms separated by commas, in the lexicon's term syntax (`word` any
 * inflection by Snowball stem, `pref*` a prefix, `=word` the exact word, `a b` a phrase, `@0.5`
 * a weight below the default). Rules that keep the groups safe:
 * - a group is one matter, narrow enough that two texts touching it are about the same thing;
 *   words that every offer uses ("service", "качество", "клиент") belong to no group;
 * - Russian prefixes are at least four letters and checked against a word list for strangers
 *   ("сох*" would take "сохранить": write "сохн*, сохл*");
 * - a word of several meanings goes in each group with a lower weight, or as `=word`.
 * Built industry by industry and over the generic pain families, not from any case file.
 */
const CORE_GROUPS: readonly string[] = [
  // ——— Time, speed, waiting ———
  'медлен*, =долго, =долгий, =долгая, =долгое, =долгие, =долгих, затягив*, тормоз*@0.5, быстр*, ускор*, скоростн*, оперативн*, slow*, sluggish, take ages, takes ages, took ages, fast, faster, fastest, quick*, speedy, rapid*, accelerat*',
  '=ждем, =ждать, =ждут, =жду, =ждали, =ждет, ожидан*, дожида*, дождат*, дождеш*, простаива*@0.6, wait*, waited, on hold, queue*, очеред*',
  'опозда*, опаздыв*, задерж*, просроч*@0.6, срыва* срок*, сорва* срок*, late, lateness, delay*, overdue@0.6, behind schedule, вовремя, в срок, точно в срок, on time, punctual*, on schedule',
  'сутк*, суточн*, круглосуточн*, =24 7, 24 7, 24 часа, around the clock, round the clock, round-the-clock, day and night, днем и ночью, без выходных, seven days, 7 days, any time, в любое время',
  'ночь, ночью, ночам, ночн*, night, nights, nightly, overnight, evening*, вечер*, after hours, нерабоч* врем*, outside hours',
  'выходн*, суббот*, воскресен*, weekend*, saturday*, sunday*, праздник*@0.6, holiday*@0.6',
  'час пик, пиков*, =пик, =пики, peak*, rush hour, сезон*, seasonal*, season*, всплеск*, spike*, surge*, наплыв*, high season, busy period*',
  'минут*, секунд*, minute*, second*@0.5, instant*, мгновен*, моментальн*, сразу@0.5, immediately, at once, straight away',
  'график*, расписан*, schedule*, timetable*, slot*, окно@0.5, окна@0.5, time window*, согласован* врем*, agreed time*, booking*, бронир*, book@0.5',
  'планов*, по плану, заранее, прогноз*, plan, planned, forecast*, in advance, ahead, scheduled, регулярн*, regular*',
  'срочн*, экстрен*, авари*, urgent*, emergenc*, breakdown call, calls, called, calling, caller*, callout*, call-out*, горящ*',
  // ——— Broken, failures, downtime ———
  "лома*, слома*, полом*, поломк*, разлома*, выход* из строя, вышел из строя, неисправ*, дефект*@0.6, отказ*@0.6, break, breaks, broke, broken, breakdown*, faulty, fault*, failure*, fail*, malfunction*, out of order, gone wrong, not working, doesn't work, не работает, не работают, перестал* работать",
  '=сбой, =сбои, =сбоя, =сбоев, сбоит, сбоят, зависа*, зависает, зависают, зависл*, =завис, зависан*, вылета*, глюч*, глюк*, падает, падают, упал сервер, лежит, лежал, crash*, =freezes, =froze, =frozen screen, hang, hangs, hanging, hung, glitch*, bug, bugs, buggy, outage*, downtime, offline, uptime, аптайм*, доступност*, availability@0.6, стабильн*, stable, stability, отказоустойч*, resilien*, redundan*, резерв*@0.6',
  'простой, простоя, простои, простаива*, стоит лини*, встала лини*, встал цех, встает, встаю*, =стоим, =стояли, простояли, idle*, stand idle, standstill, standing, line stops, production stop*, stoppage*, shutdown*',
  'замен*, подмен*, подмен* техник*, replacement*, replace*, swap*, substitute*, spare unit*, loan unit*, подменн*',
  'запчаст*, запасн* част*, комплектующ*, детал*@0.6, spare*, spare part*, parts@0.6, component*@0.6',
  'ремонт*, почин*, чинит*, чинят, починк*, восстанов*@0.6, repair*, =fix, =fixes, =fixing, mend',
  'профилакт*, техобслуж*, то каждые, плановое обслуживан*, обслуживан*@0.6, осмотр*, диагност*, preventive, preventative, planned maintenance, maintenance@0.6, inspection*@0.6, =servicing, check-up*, checkup*, diagnos*',
  'износ*, изнаш*, изношен*, стира*@0.4, протира*, рвется, рвутся, порва*, дыра, дыры, дырк*, дыряв*, wear, wears, wearing, worn, tear, tears, torn, fall apart, falls apart, falling apart, fray*, hole*, durab*, долговеч*, прочн*, износостойк*, heavy-duty, heavy duty, robust*, sturdy, ресурс*@0.5, lifespan, life span, service life',
  // ——— Quality of result, defects ———
  'брак*, бракова*, отбраков*, дефект*, некондиц*, reject*, defect*, scrap*@0.6, faulty, substandard',
  'ошиб*, ошибочн*, неправильн*, неверн*, путают, путаница, перепута*, пересорт*, не то, не ту, не тот, не те, mistake*, error*, wrong, mix-up*, mixed up, incorrect*, accura*, точност*, точн*@0.6, без ошибок, правильн*',
  'переделыва*, переделк*, передела*, перезаказ*, повторн*@0.6, redo, rework*, do it again, заново',
  'по-разному, каждый раз по-разному, разброс*, нестабильн*, плава*, отличается, отличаются, inconsisten*, varies, vary, varying, different every, differ*@0.5, одинаков*, единообраз*, стабильн*@0.6, consisten*, uniform*@0.6, same every, match*@0.5, matches, identical, эталон*',
  'цвет*, оттен*, колер*, colour*, color*, shade*, tint*',
  'вкус*, taste*, flavour*, flavor*, безвкусн*, tasteless, bland',
  'свеж*, fresh*, черств*, stale, просроч*@0.5, срок годност*, shelf life, expir*, best before',
  'испорт*, порч*, портит*, гниет, гнил*, сгни*, плесен*, протух*, spoil*, rot, rots, rotten, rotting, mould*, mold*, perish*',
  'повреж*, поврежд*, побит*, разбит*, разбива*, бьется, бьются, мятый, мятая, мятые, мятую, помят*, помял*, царапин*, поцарапа*, =скол, =сколы, =сколов, треснув*, трещин*, damag*, dent, dents, dented, scratch*, crack*, broken@0.5, smash*, chip*@0.5',
  'внешн* вид*, выгляд*, вид у, неряшлив*, мятой, мятый, мятая, неопрятн*, look*, looks, looking, appearance*, scruffy, shabby, tidy, presentable, опрятн*, аккуратн*@0.6',
  // ——— Cleanliness, washing, dirt ———
  'стира*@0.7, стирк*, постира*, отстир*, перестир*, прачечн*, wash*, washed, washing, laundr*, launder*, rewash*',
  'чист*, очист*, убор*, уборк*, мойк*, мыть*, моют, моем, вымыт*, помыт*, clean*, cleaning, cleaner*, mopp*, scrub*, wipe*',
  'грязн*, гряз*, загрязн*, =пятно, =пятна, =пятен, =пятнами, =пятнах, развод*, налет*, мутн*, засор*, dirt*, dirty, grime, grimy, stain*, smear*, streak*, cloudy, filth*, soil*@0.5, =spots@0.5, =marks@0.5',
  'пыль*, пылн*, запыл*, пылесос*, dust*, dusty, vacuum*',
  'мусор*, отход*, свалк*, вывоз мусора, утилиз*, waste*, rubbish, trash, garbage, litter*, dispos*, skip*@0.5, recycl*, переработк*@0.6',
  'дезинф*, санобработ*, санитар*, антисепт*, стерил*, disinfect*, sanit*, steril*, hygien*, гигиен*',
  // ——— Air, smell, climate, comfort ———
  'запах*, пахн*, воня*, вонь*, смрад*, smell*, odour*, odor*, stink*, stench, fumes, scent*, без запаха, odourless, odorless, neutralis*, нейтрализ*',
  'задыха*, дыша*, дышат, дышать, удушл*, духот*, душно, вытяжк*, вентиляц*, проветр*, воздух*, воздухообмен*, испарен*, растворител*, breath*, stuffy, suffocat*, ventilat*, extract*@0.5, extraction, airflow, air quality, fresh air, fumes, solvent*, voc',
  'холод*, холодн*, дубак*, мерзн*, мерзнут, замерза*, замерз*, мороз*, морозн*, зимой@0.6, зима@0.6, cold, colder, freezing, freeze@0.5, chilly, frost*, winter*@0.6, утепл*, =тепло, =тепла, =теплом, =теплый, =теплая, =теплое, =теплые, =теплых, теплоизол*, теплопотер*, теплов* завес*, обогрев*, отоплен*, heating, heater*, warm*, insulat*, heat loss*, сквозняк*, draught*, draft*',
  '=жара, =жары, =жаре, =жарко, жарк*, перегрев*, перегрет*, нагрев*, зной*, hot, heat@0.6, overheat*, too warm, кондиционер*, кондиционир*, охлажд*, cooling, cool*, air con*, air-con*, air conditioning, chiller*, холодильн*@0.6',
  'температур*, temperatur*, климат*, climat*, термостат*, thermostat*, hvac, терморегул*',
  'влаг*, влажн*, =сыро, =сырой, =сырые, сыреет, отсыре*, сырост*, конденсат*, damp*, humid*, moisture, wet, condensation, mould@0.5, mold@0.5, гидроизол*, waterproof*, watertight*',
  '=шум, =шума, =шумом, шумн*, шумит, шумят, =гул, гудит, гудят, грохот*, громк*, тихий, тихая, тихо, тишин*, шумоизол*, звукоизол*, noise*, noisy, loud*, quiet*, silent*, soundproof*, acoustic*, decibel*',
  'освещ*, ламп*, светильник*, мерца*, мига*, темн*, тускл*, light, lights, lighting, lamp*, bulb*, tube*@0.5, fitting*@0.6, flicker*, dim, dark*, led@0.6, leds@0.6, illuminat*',
  'тесн*, не хватает места, мест* не хватает, нехватк* мест*, площад*@0.6, простор*, cramped, crowded, space@0.6, room@0.4, square met*, sq m, floor space, storage space, capacity@0.5, вместимост*, вместит*',
  'удобн*, неудобн*, comfort*, uncomfort*, эргоном*, ergonom*, спина, спины, back pain, осанк*, posture',
  // ——— Money ———
  '=дорого, =дорогой, =дорогая, =дорогие, =дорогое, =дорогих, дороговат*, дорогостоящ*, =дороже, дорожает, дорожают, подорожа*, переплач*, переплат*, expensive, overpa*, costly, pricey, overcharg*, дешевл*, cheaper, эконом*, saving*, save*, сниж* затрат*, cut cost*, lower cost*',
  'счет*@0.5, счета, выставля*, инвойс*, квитанц*, bill, bills, billed, billing, invoice*, charged, charges, charge@0.6, платим за, платить за, плата за, pay for, paying for',
  'непонятн* счет*, непрозрачн*, скрыт* плат*, скрыт* платеж*, доплат*, допник*, сюрприз*, неожидан*, внезапн*, hidden cost*, hidden fee*, hidden charge*, surprise*, unexpected, extras, add-on*, фиксирован*, fixed price*, fixed fee*, flat fee, flat rate, all-inclusive, all inclusive, прозрачн*, transparen*, no surprises',
  'простаива*@0.5, неиспользуем*, пустует, пустуют, простой оборудован*, idle*@0.6, unused, standing there, sits unused, sitting empty, empty@0.6, =пустой@0.6, =пустые@0.6, =пустая@0.6, фактическ*, actual use, actually use*, only for what, только за, по факту',
  'штраф*, пени, неустойк*, санкци*, fine, fines, fined, penalt*, sanction*',
  'налог*, налогов*, фнс, ифнс, tax, taxes, taxation, hmrc, irs, vat, ндс',
  'зарплат*, зарплатн*, оклад*, фот, фонд оплаты труда, премии, преми*, выплат*, payroll*, salar*, wage*, payslip*, pay slip*, bonus*@0.5, расчетк*, расчетн* лист*',
  'чек, кассов* чек*, квитанц*, авансов* отчет*, receipt*, expense claim*, expense report*, expenses, закрывающ* документ*, first-hand receipts',
  'налич*, наличк*, наличными, cash*, banknote*, купюр*, монет*, coin, coins, банкнот*, инкасс*, takings, till*@0.6, касс*',
  'слив*@0.6, сливают, сливает, воруют, ворует, вору*, краж*, крад*, укра*, хищен*, пропада*, пропал*, исчеза*, исчез*, приписк*, накрут*, рисуют чек*, steal*, stole*, theft*, thief*, pilfer*, shrink*@0.5, fraud*, fiddl*, misus*, abuse*, disappear*, go =missing, goes =missing, went =missing, лимит*, limit*, контрол* расход*, сверк*@0.6, reconcil*@0.6',
  // ——— Risk, safety, security ———
  'опасн*, небезопасн*, безопасн*, травм*, несчастн* случа*, риск*@0.5, danger*, unsafe, safe, safety, safely, injur*, accident*, hazard*, risk*@0.5, падени*, упадет, упадут, fall@0.5, сорвет*, сорвал*',
  'пожар*, возгоран*, огнетуш*, пожарн*, огнестойк*, огнезащит*, fire, fireproof*, firefight*, blaze, flame*, extinguisher*, sprinkler*, smoke*@0.6, =дым, =дыма, =дымом, задымл*',
  'охран*, сигнализац*, видеонаблюд*, камер*@0.6, пропуск*@0.6, доступ*@0.4, security@0.6, guard*, alarm*, cctv, camera*, surveillance, access control, intrud*, взлом*',
  'страхов*, застрахов*, insurance, insure, insurer*, insured, cover@0.5, covered, liability, ответственност*, материальн* ответствен*, компенс*, возмещ*, compensat*, reimburs*, refund*',
  'гаранти*, guarantee*, guaranteed, warrant*, обещ*@0.5, promise*@0.5',
  'утечк*, утек*, слив данн*, взлома*, хакер*, пароль*, шифров*, leak* of data, data leak*, breach*, hack, hacked, hacker*, hacking, password*, encrypt*, ransomware, phishing, вирус*, virus*, malware, кибер*, cyber*',
  // ——— Compliance, inspection, paperwork ———
  'проверк*, проверяющ*, инспектор*, инспекц*, ревизи*, аудит*, надзор*, ростехнадзор*, роспотребнадзор*, санэпид*, сэс, мчс, inspection*, inspector*, audit*, regulator*, watchdog*, council@0.5, authorit*@0.5, notified body',
  'лицензи*, разрешен*, допуск*, согласован*, аттестац*, освидетельств*, certif*@0.6, licen*, permit*, permission*, consent*, approval*, accredit*, планиров*@0.3, planning application*, planning permission',
  'документ*@0.6, бумаг*, бумажк*, акт@0.5, журнал*, протокол*, паспорт*@0.5, сертификат*, декларац*, справк*, paperwork, paper trail, documents, documentation, certificate*, records@0.6, record-keeping, logbook*, log book*, log@0.5, register*@0.5',
  'отчет*, отчетн*, отчитыва*, фотоотчет*, report*, reporting, фото, фотограф*, photo*, picture*',
  'просроч*, истек*, истечени*, устарев*, out of date, out-of-date, expired, lapse*, overdue, due date, напомина*, напомн*, remind*, reminder*, alert*@0.5, уведомл*, notif*',
  'закон, законодатель*, законн*, требован*@0.5, норм*@0.4, =гост, =госта, =госту, регламент*, соответств*, comply, complian*, regulation*, legal*, law, laws, lawful, legislation, requirement*, gdpr, 152-фз',
  'экспорт*, импорт*, таможн*, растамож*, декларирован*, export*, import, imports, imported, importer*, customs, border*, =порт, =порту, =порта, =портах, port@0.5, ports',
  // ——— People, staff, workload ———
  'текучк*, текучест*, увольня*, уволил*, уволь*, =уходят, ушел, ушла, увольнени*, turnover, churn*, quit*, leave@0.5, leaving@0.5, left@0.4, resign*, quitting, retention, удержан* персонал*',
  'нехватк* люд*, не хватает люд*, некому, некем, рук не хватает, нанять, найм*, подбор*, вакан*, кадр*, рекрут*, shortage of staff, short-staffed, understaffed, hire, hiring, recruit*, vacanc*, headcount, staffing, agency staff, temp, temps, temping',
  "не знают, не умеют, не понимают, не разбирают*, неопытн*, новичк*, новеньк*, новые сотрудник*, don't know, doesn't know, don't understand, inexperienc*, new starter*, newcomer*, new staff, new hire*, junior*@0.5, квалифиц*, опытн*, experienced, qualified, skilled, certified@0.5, сертифицирован*@0.5",
  'один человек, один сисадмин, единственн*, не успевает, не успеваем, завал*, перегруж*, загружен*, зашива*, тонет, тонем, утопа*, overload*, overwhelm*, swamped, drowning, stretched, bottleneck*, workload, one person, only one, on my own',
  'вручную, ручн*, руками, вбива*, переписыва*, копипаст*, by hand, manual*, manually, retype*, re-enter*, copy and paste, copy-paste, spreadsheet*@0.6, excel@0.6, эксел*, таблиц*@0.5, автомат*, automat*, автоматическ*, self-service',
  'звон*, дозвон*, трубк*, телефон*, call, calls, called, calling, caller*, ring, rings, ringing, phone, phones, phoned, rang, hang up, hung up, on hold',
  'не отвеча*, не ответ*, молча*, игнор*, пропада*@0.5, не перезван*, no answer, no one answers, nobody answers, ignore*, ghost, ghosted, ghosting, disappear*@0.5, unresponsive, never call back, отвеча* за, ответ в течение, response time*, respond*, reply*, answer*, отклик*, реакц*, реагир*',
  'менеджер*, куратор*, контактн* лиц*, один контакт, account manager*, point of contact, single contact, dedicated manager, named contact, персональн*, закреплен*, dedicated, named',
  'каждый раз нов*, каждый раз друг*, меняют*, меняется, сменяют*, разные люд*, different person, different people, someone new, new face*, keeps changing, change every, закреплен*, постоянн* бригад*, same team, same crew, same engineer, same driver*, fixed team',
  'понятн*, непонятн*, разобрат*, разбира*, запутан*, сложн*, confus*, understand*, complicated, complex*@0.5, unclear, clear*, plain language, простым языком, на пальцах, explain*, объясн*, расшифров*',
  // ——— Information, visibility, reporting ———
  "не видим, не видно, не знаем, непонятно где, где груз, где машина, где заказ, вслепую, visibility, visible, invisible, don't know where, no idea where, where is, track*, tracking, трек*, отслежив*, gps, мониторинг*, monitor*, в реальном времени, real time, real-time, онлайн*@0.5, online@0.5, дашборд*, dashboard*",
  "найти, найду, находить, не найти, не найдем, не можем найти, поиск*, ищем, ищут, искать, =find, finding, can't =find, cannot =find, search*, look for, looking for, locate*, retriev*, index*, опис*, каталогиз*, catalogu*, catalog*",
  'данн*@0.5, цифр*, показател*, статистик*, аналитик*, figures, numbers@0.5, data@0.5, metric*, kpi*, statistic*, analytic*, insight*',
  'интеграц*, синхрониз*, выгруз*, загруз* в 1с, 1с, api, integrat*, sync*, connect*@0.5, import@0.4, imports@0.4, export*@0.4, erp*, crm*, pos@0.6, двойн* ввод*, double entry, re-key*',
  // ——— Reputation, customers' complaints ———
  'жалоб*, жалуют*, пожаловал*, претензи*, недовол*, ругают*, ругаются, возмущ*, complain*, complaint*, unhappy, moan*, grumbl*, dissatisf*, angry, upset',
  'отзыв*, рейтинг*, звезд*, review*, rating*, stars, tripadvisor, google review*, репутац*, reputation*, имидж*, image@0.5, стыдно, неудобно перед, embarrass*, ashamed, in front of',
  'возврат*, возвращ*, вернут*, вернет*, вернул*, вернуть, return*, come back, comes back, came back, back again, повторно@0.5',
  'потеря*, потерял*, теря*, утер*, утеря*, пропаж*, lost, lose, loses, losing, loss*@0.6, =missing, misplac*, go astray',
  // ——— Ordering, stock, supply ———
  'несколько подрядчиков, разные подрядчики, десяток подрядчиков, много поставщиков, каждый за свое, кивают друг на друга, перекладывают ответственност*, один подрядчик, один поставщик, одно окно, одного окна, в одних руках, под ключ@0.6, one contractor, one supplier, single supplier, single point of contact, one point of contact, under one roof, one-stop, blame each other, point fingers, finger-pointing, too many suppliers, too many vendors, several contractors, different contractors',
  'кп, коммерческ* предложени*, =смета, =сметы, =смету, сметн*, просчет*, расчет стоимост*, долго считают, quote, quotes, quotation*, estimate*, quoting, price request*, instant quote*, online calculator, калькулятор*',
  "не вышел на смену, не вышли на смену, невыход*, =прогул, =прогулы, неявк*, не пришел, не пришли, no-show*, no show, didn't turn up, don't turn up, fail to show, absentee*, замен* сотрудник*, замена в течение, replacement within, cover within, backup staff, резерв* персонал*",
  'по всей стране, по всей России, во всех регионах, в регионах, регион*@0.6, в любом город*, в любой точке, повсюду, география*, федеральн* сеть, nationwide, across the country, countrywide, national network, all regions, any city, every city, everywhere@0.5, coverage@0.5',
  'нет в наличии, нет на складе, дефицит*, закончил*, заканчива*, кончил*, не хватает, нехватк*, out of stock, ran out, run out, runs out, running out, shortage*, stockout*, short of, в наличии, на складе, запас*, stock*, in stock, buffer*',
  'минимальн* парти*, минимальн* заказ*, мелк* парти*, маленьк* парти*, от одной, небольш* объем*, minimum order*, moq, small batch*, small order*, small quantit*, single pallet, from one',
  'сборн* груз*, догруз*, консолидац*, консолидир*, groupage, consolidat*, shared load*, part load*, ltl, less than truckload',
  'упаковк*, упаков*, =тара, =тары, =таре, =тару, =тарой, короб*, коробк*, паллет*, поддон*, стрейч*, pallet*, packag*, packing, box*, crate*, carton*, wrap*',
  // ——— Flexibility, contracts, commitment ———
  'долгосрочн* договор*, на пять лет, на три года, на год вперед, обязательств*, привяз*, кабальн*, lock-in, locked in, long lease, long contract, long-term contract, five-year, five year, three-year, commitment*, tie*@0.5, tied in, без обязательств, no commitment, no lock-in, no long, month to month, month-to-month, monthly rolling, rolling contract, notice period, отказаться в любой момент, cancel any time, cancel anytime',
  'расти, растем, вырас*, рост*@0.5, расшир*, масштаб*, удвои*, сократ*, сокращ*, grow*, growth, expand*, double*, halve*, scale, scales, scaling, scalab*, shrink*@0.5, downsiz*, add or drop, add or remove, up or down, добав* или убра*',
  'гибк*, подстроит*, под нас, под ваш*, индивидуальн*, нестандарт*, flexib*, tailor*, bespoke, custom*, adapt*, adjust*, any size, любой размер, под размер',
  'досрочн*, раньше срока, раньше времени, early termination, terminate early, end early, cancel early, no penalty, without penalty',
  // ——— Energy, utilities ———
  'электричеств*, электроэнерг*, энерг*, свет за, счет* за свет, электросчет*, квт, киловат*, electricity, energy, power bill*, power cost*, kwh, utility bill*, utilities, grid@0.6, энергопотребл*, энергоэффект*, энергосбер*, consumption, consume*',
  'отключ*, обесточ*, перебо* с электр*, нет света, блэкаут*, power cut*, power outage*, blackout*, brownout*, outage*@0.6, ups, ибп, генератор*, generator*, резервн* питани*, backup power, дизел*@0.5, бесперебойн*',
  'топлив*, солярк*, дизел*, бензин*, горюч*, заправ*, азс, fuel*, diesel, petrol, gasoline, refuel*, filling station*, forecourt*, fuel card*, топливн* карт*',
  'воды, вода, водой, водопровод*, бутил*, кулер*, питьев*, water*, drinking water, bottled, cooler*, dispenser*',
  // ——— Leaks, water damage ———
  'течь, течи, течет, текут, протек*, протечк*, подтек*, капает, капа*, залив*, затоп*, потоп*, leak*, drip*, flood*, water ingress, ingress, seep*, герметич*, герметиз*, watertight*, sealed, seal*, мембран*, membrane*',
  'кровл*, крыш*, roof*, roofing, гидроизол*, waterproof*',
  // ——— Digital, IT ———
  'wi-fi, wifi, wi fi, вайфай*, интернет*, сеть*@0.5, связь@0.6, связи@0.6, broadband, internet, connection*, connectivity, fibre, fiber, bandwidth, оптоволок*, оптик*@0.6, канал* связи, signal*, сигнал*',
  'медленн* интернет*, тормозит, лагает, лагают, buffering, lag, lags, lagging, latency, slow connection, скорост* интернет*',
  'приложени*, мобильн* приложени*, app, apps, application*@0.6, смартфон*, телефон*@0.5, mobile, smartphone*, phone@0.5',
  'сайт*, интернет-магазин*, портал*, личн* кабинет*, website*, web site*, portal*, online shop*, e-commerce, ecommerce, webshop*, self-service portal',
  'сисадмин*, айтишник*, ит-отдел*, it-отдел*, админ*, it team, it department, it guy, sysadmin*, it support, helpdesk, help desk, service desk',
  'резервн* копи*, бэкап*, бекап*, backup*, back up, back-up, restore*, восстановлен* данн*, disaster recovery, recovery',
  // ——— Field service, arrival, visits ———
  'приезжа*, приезд*, выезд*, выездн*, на объект*, на место, приед*, доезд*, turn up, turns up, show up, shows up, turned up, arrive*, on site, on-site, onsite, site visit*, come out, callout, call-out, mobile team, mobile crew, mobile unit*, van@0.5, vans@0.5',
  'с первого раза, первого визита, с первого визита, первого выезда, first visit, first-visit, first time =fix, first-time =fix, fixed first time, второй раз, еще раз приезж*, come back, comes back, come back later, return visit*, second visit',
  'бригад*, монтажник*, мастер*@0.5, =техник@0.5, =техником@0.5, инженер*, crew*, engineer*, technician*, fitter*, installer*',
  'монтаж*, установк*, смонтир*, install*, =fit@0.5, =fitted@0.5, mount, mounted, mounting, крепеж*@0.4, подключ*@0.6, пусконалад*, commission*@0.5',
  'сверл*, дыры в, отверст*, drill*, holes, penetrat*, без сверления, no drilling, ballast*',
  'беспорядок, бардак*, хаос*, мусор после, грязь после, оставля* после, убрать за собой, mess, messy, chaos, clutter*, leave a mess, tidy up, clean up after',
  // ——— Food, hospitality ———
  'еда, еды, еду, едой, поесть, питан*, обед*, завтрак*, ужин*, перекус*, кормит*, голодн*, food, meal*, lunch*, breakfast*, dinner*, snack*, eat*, hungry, canteen*, столов*, кухн*@0.6, catering, кейтеринг*',
  'вегетариан*, веган*, аллерг*, безглютен*, халял*, кошерн*, диет*, vegetarian*, vegan*, allerg*, gluten*, halal, kosher, dietary, special diet*',
  'постельн*, простын*, полотен*, наволоч*, белье, белья, бельем, linen*, sheet*, towel*, pillowcase*, duvet*, bedding',
  'номер*@0.4, =гостя@0.5, =гостям@0.5, =гости@0.5, =гостей@0.5, заезд*, выезд* гост*, check-in, check in, check-out, checkout, guest*, room*@0.4',
  // ——— Construction, premises ———
  'лесов, леса@0.4, строительн* лес*, подмост*, вышк*, scaffold*, tower*@0.5, access platform*, cherry picker*, подъемник*, автовышк*, mewp*, ladder*, стремянк*, лестниц*@0.5, высот*, на высоте, at height, working at height',
  'арендатор*, аренд*, съем*, снимаем, tenant*, lease*, rent*, let@0.4, landlord*, арендодател*',
  'парковк*, стоянк*, паркин*, парковочн*, parking, car park*, carpark*, space*@0.4, машиномест*',
  'снег*, снегопад*, сугроб*, снегоубор*, уборк* снега, вывоз* снега, расчистк*, завал* снегом, snow*, snowfall*, snowdrift*, snow clearing, snow removal, plough*, plow*',
  'сосульк*, наледь, наледи, наледью, обледенен* кровл*, очистк* кровл*, чистк* крыш*, снег с крыш*, сбрасыва* снег*, icicle*, ice dam*, roof clearing, snow off the roof, ice on the roof',
  'гололед*, гололедиц*, противогололед*, скользк*, поскользн*, реагент*, посыпк*, пескосол*, антигололед*, icy, ice@0.6, slipp*, slip*, grit*, gritting, de-ic*, deic*, salt*@0.5, salting',
  '=окна, =окно, =окон, =окнам, =окнах, стекл*, фасад*, остеклен*, витраж*, window*, =glass, glazing, glazed, facade*, façade*, curtain wall*',
  'газон*, озелен*, клумб*, деревь*, ландшафт*, lawn*, garden*, landscap*, grounds@0.6, tree*, planting*, greenery',
  'сантехник*, канализац*, засор*, =трубы, =труба@0.5, =трубой@0.5, трубопровод*@0.5, септик*, откачк*, ассенизац*, plumb*, drain*, sewage, sewer*, septic*, toilet*, туалет*, blockage*, blocked',
  // ——— Vehicles, fleet, transport ———
  'водител*, шофер*, экспедитор*, driver*, drivers, chauffeur*',
  'шина, шины, =шин, шинам, шинах, шиной, шинн*, шиномонтаж*, шиноремонт*, резин*, покрышк*, колес*, переобу*, протектор*, прокол*, tyre*, tire*, wheel*, puncture*, tread*, flat tyre*',
  'пробег*, километр*, км, mileage, miles, kilometre*, kilometer*, odometer*',
  'аренд* авто*, прокат*, каршеринг*, такси, taxi*, cab, cabs, ride*@0.5, car hire, car rental, rental car*, hire car*, minicab*, uber',
  // ——— Machines, equipment ———
  'подшипник*, смазк*, смазоч*, масл*, заклин*, заед*, bearing*, lubric*, grease*, oil*, seiz*, jam, jams, jammed, jamming, stuck@0.5, friction',
  'гидравлик*, гидравлич*, шланг*, течь* масл*, hydraulic*, hose*',
  'калибр*, поверк*, поверя*, метролог*, измерит*, прибор*, манометр*, calibrat*, gauge*, meter*@0.5, measur*@0.5, instrument*',
  'батаре*, аккумулятор*, заряд*, зарядк*, battery, batteries, =charging@0.5, recharg*@0.5, charger*',
  // ——— Offices, facilities ———
  'переговорк*, переговорн*, конференц-зал*, зал для встреч, залы для встреч, meeting room*, meeting-room*, boardroom*, conference room*',
  'офисн* помещен*, рабоч* мест*, коворкинг*, workspace*, desk*@0.5, coworking, co-working, hot desk*, flexible office*, serviced office*',
  // ——— Health, medical ———
  'врач*, доктор*, медик*, медсестр*, пациент*, больн*@0.5, doctor*, nurse*, medic*, patient*, clinician*',
  'лекарств*, препарат*, медикамент*, дозиров*, таблет*, drug*, medicine*, medication*, dose*, dosage*, tablet*, pharma*, аптек*, pharmac*',
  'стерильн*, одноразов*, перчатк*, маск*@0.5, расходник*, расходн* материал*, sterile, disposable*, glove*, mask*@0.5, consumable*, ppe, сиз',
  'больничн*, болеют, заболе*, больные сотрудник*, sick*, illness*, absence*, absent*, off sick, sick leave, =прогул, =прогулы, прогульщик*, невыход*',
  // ——— Pests, animals ———
  'таракан*, насеком*, клоп*, муравь*, муха, мухи, мух, грызун*, крыс*, мышь, мыши, мышей, вредител*, дезинсекц*, дератизац*, травят, травить, потрав*, cockroach*, insect*, bedbug*, bed bug*, ant, ants, fly, flies, rodent*, rat, rats, mice, mouse, pest, pests, vermin, infestation*, exterminat*, pest control',
  'животн*, скот*, =ферма, =фермы, =ферме, фермер*, корм*, ветерин*, animal*, livestock, cattle, farm*, feed*@0.5, vet, vets, veterinar*',
  // ——— Agriculture ———
  'теплиц*, парник*, greenhouse*, glasshouse*, полив*, орошен*, irrigat*, watering',
  // ——— Textiles, clothing ———
  'спецодежд*, униформ*, форм* одежд*, деловая форма, в форме, комбинезон*, спецовк*, =роба, =робы, overall*, uniform*, workwear, coverall*, boilersuit*, garment*, hi-vis, hi vis, корпоративн* одежд*',
  'размер*, размерн*, не по размеру, маломер*, size*, sizing, =fit@0.5, =fits@0.5',
  'ткан*, материал*@0.5, хлопок, хлопков*, синтет*, колюч*, жестк*@0.5, груб*@0.5, fabric*, cotton*, cloth*, thread count, percale, polyester*, scratchy, itchy, rough*, soft, softer, softness, мягк*',
  'вышив*, нанесен*, логотип*, брендир*, печать логотип*, embroider*, logo*, branded, branding, print*@0.4',
  // ——— Signs, print, advertising ———
  'вывеск*, табличк*, указател*, световой короб*, букв*@0.5, неон*, =sign, =signs, signage, lettering, letters@0.5, neon, lightbox*, light box*, illuminated',
  'выцвет*, выгорел* на солнц*, выгорает на солнц*, выгорают на солнц*, выцвел*, блекл*, потускн*, fade*, fading, faded, bleach*, uv, уф',
  'единый стиль, фирменн* стил*, брендбук*, единообраз*, разнобой*, каждый филиал по-своему, выглядят по-разному, brand guideline*, brand book*, corporate identity, consistent look, look the same, same look, on-brand, off-brand',
  'листовк*, буклет*, брошюр*, визитк*, флаер*, leaflet*, flyer*, brochure*, business card*',
  // ——— Events, conferences ———
  'мероприят*, конференц*, ивент*, выставк*, event*, conference*, exhibition*, trade show*, keynote*, seminar*, семинар*',
  'микрофон*, звук*, колонк*, проектор*, экран*, видео*@0.5, трансляц*, microphone*, mic, mics, sound*, speaker*@0.5, projector*, screen, screens, display*, audio*, av, a v, stream*',
  'переходник*, адаптер*, кабел*@0.5, разъем*, hdmi, usb, adapter*, adaptor*, dongle*, connector*, cable*@0.5, switcher*, compatib*, совместим*',
  // ——— Cash, finance, accounting ———
  'бухгалтер*, бухгалтери*, бухучет*, accountant*, accounting, bookkeep*, book-keep*, finance team, accounts department',
  'сверк*, сверя*, reconcil*, match* up, matching@0.5, расхожден*, discrepanc*, mismatch*',
  'закрыти* месяц*, закрыва* месяц, конец месяца, month-end, month end, year-end, year end, close the books, отчетн* период*, квартальн* отчет*',
  'сейф*, safe, safes, хранилищ*, vault*, strongroom*',
  'пересчет*, пересчит*, подсчет*, посчит*, счита*@0.5, count, counting, tally*, tallies',
  // ——— Documents, archive ———
  'архив*, архивн*, хранен* документ*, хранить документ*, коробк* с документ*, дела@0.5, папк*, archive*, archiv*, records storage, document storage, files@0.5, folder*, filing',
  'оцифров*, скан*, электронн* копи*, электронн* вид*, эдо, электронн* документооборот*, digitis*, digitiz*, scan, scans, scanned, scanning, scanner*, electronic copy, e-invoic*, edi, paperless',
  'уничтож*, шредир*, шредер*, destroy*, destruction, shred*, confidential waste',
  // ——— Translation, content ———
  'термин*, терминолог*, глоссари*, term@0.5, terms@0.4, terminolog*, glossar*, technical terms',
  // ——— Legal ———
  '=суд, =суда, =суде, =судом, =суды, судебн*, =иск, =иска, =иском, =иски, исков*, тяжб*, арбитраж*, юрист*, court, courts, lawsuit*, litigation, claim*@0.5, dispute*, tribunal*, lawyer*, solicitor*, legal advice',
  // ——— Vending, retail ———
  'автомат*@0.4, вендинг*, торгов* автомат*, микромаркет*, vending, vending machine*, micro market*, micro-market*, self-checkout',
  'касс*@0.5, очеред* на касс*, checkout*, till*, queue*@0.6, pos@0.5',
  'витрин*, выкладк*, полк*, стеллаж*, shelf, shelves, shelving, rack*, racking, display*@0.5, planogram*',
  // ——— Storage, warehouse ———
  'склад*, складск*, хранени*, warehous*, storage, store@0.5, stores, depot*',
  'места не хватает, некуда, расширяться некуда, тесно, мезонин*, высотн* стеллаж*, узкопроход*, plenty of room, no room, no space, out of space, run out of space, space-saving, narrow aisle*, mezzanine*, pallet positions, вместимост*',
  // ——— Packaging, product damage in transit ———
  'помят*, бьют, разбил*, протек*@0.6, вытек*, рассыпа*, crushed, dented, spilt, spilled, spill*, leaked@0.6, =бой, =боя',
  // ——— Chemicals, cleaning products ———
  '=едкий, =едкая, =едкого, =едкие, =едких, токсич*, ядовит*, вредн*, агрессивн*, разъеда*, ожог*, caustic, toxic*, harmful, corrosive*, burn*@0.5, harsh, безопасн* для, safe for, gentle, щадящ*',
  'плитк*, покрыти*@0.5, =пол, =полы, =полов, tile*, tiling, paving, floor*, surface*@0.5, крошит*, раскрош*, разруша*, crumbl*, corrod*, eaten away',
  // ——— Waste oil, recycling, environment ———
  'отработк*, отработан*, used oil, waste oil, spent oil, утилизац*, recycl*, вывоз* и утилизац*, collect* and recycl*',
  'экологи*, эко, экологичн*, углерод*, выброс*, co2, со2, carbon, emission*, net zero, net-zero, decarbon*, footprint, sustainab*, green@0.5, esg',
  // ——— Communication style ———
  'хамят, хамств*, груб*, невежлив*, rude*, rudeness, impolite, attitude, вежлив*, polite*, courteous*, friendly, дружелюб*, этикет*, etiquette',
  'спорн*, оспор*, апелляц*, несправедлив*, unfair*, appeal*, dispute*@0.6, contest*, challenge*@0.5',
  'штраф* за парковк*, parking fine*, parking charge*, parking ticket*, overstay*, pcn',
  // ——— Measurement of results ———
  'окупаем*, окупит*, окупа*, отдач*, эффект*@0.4, результат*@0.5, roi, return on investment, payback, pay back, pays for itself, visible return, no return, value@0.4, worth it, outcome*, результативн*',
  // ——— Sizes and fitting ———
  "не влеза*, не помеща*, не подход*, не подошл*, подход*@0.4, doesn't fit, don't fit, won't fit, =fit@0.4, =fits@0.4, compatible, suit*@0.4",
  // ——— Calls, communication channels ———
  '=почта, =почту, =почте, =почтой, email*, e-mail*, письм*, mail*, inbox*',
  'мессенджер*, чат, чата, чате, чатом, чаты, телеграм*, whatsapp*, вотсап*, chat, chats, messag*, messenger*, slack*',
  // ——— Ordering process ———
  'заказыва*, оформ* заказ*, оформлен* заказ*, заявк*, order*, ordering, reorder*, re-order*, requisition*, purchase order*, procurement*, закупк*, снабжен*, снабженц*, buyer*@0.5, purchasing',
  'дешев*, подешевле, самое дешевое, cheapest, lowest price, cheap*, бюджетн*',
  // ——— Security of cash and goods in transit ———
  'инкасс*, инкассатор*, броневик*, cash collection, cash-in-transit, cash in transit, armoured*, armored*, collection crew*, security van*',
  // ——— Health & safety at work ———
  'охран* труда, техник* безопасност*, инструктаж* по, СИЗ, травматизм*, health and safety, h&s, risk assessment*, method statement*, ppe, safety training',
  // ——— Visual identity of people ———
  'стресс*, нервы, нерв*, головн* боль, переживан*, волну*, беспоко*, боимся, страшно, stress*, headache*, worr*, anxious*, anxiety, afraid, fear*, scared, peace of mind, спокойн*, спокойств*',
  // ===================== Industries =====================
  // Cleaning, facility management
  'уборщиц*, клинер*, клининг*, техперсонал*, горничн*, cleaner*, cleaning staff, janitor*, housekeep*, custodian*',
  'разводы, развод* на стекл*, следы, без разводов, streak*, smear*, streak-free, spotless, без следов, деминерализ*, демин* вод*, осмос*, deionis*, deioniz*, pure water, purified water, reverse osmosis',
  'промальп*, промышленн* альпин*, альпинист*, верхолаз*, rope access, abseil*, climber*, высотн* работ*, work at height, working at height',
  'ковр*, ковролин*, дорожк*@0.5, carpet*, rug*, mat, mats, грязезащит*',
  'туалет*, санузл*, сануз*, раковин*, унитаз*, toilet*, washroom*, restroom*, bathroom*, loo, urinal*, soap, мыло, бумажн* полотенц*, paper towel*, hand dryer*, дозатор*, dispenser*',
  // Printing, print consumables
  'печата*, распечат*, отпечат*, тираж*, полиграф*, типограф*, print*, printed, printing, printer*, print run*, reprint*',
  '=полосы, =полоски, полосит, бледн*, размыт*, мажет, смаз*, streak*@0.6, faint, blurr*, smudg*, faded@0.6, banding, quality of print, print quality',
  'макет*, дизайн*, верстк*, правк*, согласова* макет*, layout*, design*, artwork*, proof*@0.5, proofs, mock-up*, mockup*, revision*',
  // Security, guarding
  'охранник*, чоп, пост охраны, guard*, security officer*, patrol*, патрул*, обход*, мобильн* групп*, response team, группа быстрого реагирования, гбр',
  'спят на посту, спит на посту, пьян*, отлуча*, sleep*@0.5, asleep, drunk, absent from post, проверк* постов, контроль постов, спящ*, спящих, check on guards, guard tour*, patrol check*, электронн* обход*',
  'кража, краж*, воровств*, вынос*, выносят, несун*, shoplift*, theft*, stolen, steal*, losses@0.5, loss prevention, антикраж*, eas, досмотр*',
  // Elevators
  'лифт*, лифтов*, подъемник*, эскалатор*, lift, lifts, elevator*, escalator*',
  'застрева*, застрял*, застрянут, заперт*, сидят в кабин*, stuck, trapped, stuck in the lift, освобожд*@0.5, эвакуац* из кабин*, release*@0.5, rescue*',
  'диспетчер*, диспетчериз*, удален* контрол*, удален* мониторинг*, dispatch*, remote monitoring, telemetry, телеметр*',
  // HVAC
  'дубак*, мерзн*, холодно, жарко, духот*, душно, то холодно то жарко, по помещениям, замер* температур*, температур* в каждом, балансировк* систем*, balancing, room by room, zones@0.5, зонал*, по зонам, zoning, each zone, каждой зоны, каждом помещени*, each room, thermostat*, термостат*, комфортн* температур*, comfortable temperature, too hot, too cold',
  'фильтр*, очистк* воздух*, filter*, filtration, air purif*, hepa',
  // Telecom, internet, telephony
  'связь пропадает, пропадает связь, обрыв*, разрыва*, падает интернет, нет интернета, интернет пропадает, drop out*, drops out, dropouts, drops, keeps dropping, cut out, cuts out, patchy, spotty, unreliable connection, резервн* канал*, второй канал, backup line, backup link, failover, 4g backup, lte',
  "звонки срываются, не дозвониться, не дозвон*, занято, пропущен* звонк*, missed call*, dropped call*, can't get through, engaged, busy line, многоканальн*, multi-line, call routing, маршрутиз* звонк*, переадресац*, forwarding, ip-телефон*, voip, sip, атс, pbx, телефони*, telephony",
  'роуминг*, командировк* за границ*, roaming, abroad@0.6, overseas@0.6, international calls, международн* звонк*',
  'покрыти*@0.5, сигнал*, не ловит, нет сети, мертв* зон*, dead zone*, dead spot*, no signal, no coverage, coverage@0.6, signal*, booster*, репитер*, усилител* сигнал*',
  // Insurance
  'страховк*, страхов*, полис*, каско, осаго, дмс, страховщик*, insurance, insurer*, policy@0.5, policies@0.5, premium*@0.5, cover@0.5, underwrit*',
  'выплат* по страхов*, страхов* случа*, урегулир*, отказ* в выплат*, не платит страхов*, claim*, claims, payout*, settle*, settlement*, loss adjust*, аджаст*',
  'франшиз*, deductible*, excess@0.6',
  // Accounting, bookkeeping, tax
  'бухгалтер*, главбух*, бухучет*, учет*@0.5, проводк*, accountant*, bookkeep*, accounting, ledger*, accounts@0.5',
  'отчетност*, декларац*, сдача отчет*, сдать отчет*, квартальн* отчет*, годов* отчет*, filing*, tax return*, returns@0.4, submission*, deadline*, сроки сдачи, статистик*@0.4',
  "не понимаем отчет*, непонятн* отчет*, цифр* ничего не говор*, объясн* цифр*, простым языком, plain english, plain language, explain the numbers, what the numbers mean, management account*, управленческ* отчет*, don't understand the report*",
  // Courier, parcels
  'курьер*, посыльн*, доставщик*, courier*, messenger*, rider*, dispatch rider*, same-day courier',
  'посылк*, бандерол*, пакет* документ*, отправлени*, parcel*, package*@0.5, envelope*, конверт*, shipment*@0.5, consignment*',
  'подпис* получател*, вручен*, вручить, лично в руки, под роспись, proof of delivery, pod, signed for, signature*, hand-deliver*, in person',
  // Furniture, office fit-out
  'спина болит, болят спины, устают, усталост*, back pain, backache, tired*, fatigue, ergonom*, эргоном*, регулир* по высот*, height-adjustable, sit-stand, lumbar, поясничн*',
  'сборк*, собрать, собирают, разгрузк*, занос*, подъем на этаж, assembly, assemble*, assembled, delivered and assembled, flat-pack, flat pack, carry up, install*@0.5',
  // Medical equipment, clinics
  'аппарат* узи, рентген*, томограф*, мрт, кт, узи, ultrasound*, x-ray*, mri, ct scanner*, scanner*@0.5, imaging, modality',
  'стерилизац*, автоклав*, стерилиз*, sterilis*, steriliz*, autoclave*, decontaminat*',
  'запис* к врач*, запис* пациент*, расписан* врач*, онлайн-запис*, appointment*, booking*@0.5, scheduling, no-show*, неявк*',
  // Tyres, wheels
  '=лысые, =лысая, =лысый, =лысых, стерт*, стерся протектор*, износ* шин*, износ* резин*, протектор*, bald, tread depth, worn tyres, worn tires, tread wear, пробег*@0.6, ресурс* шин*, mileage@0.6',
  'прокол*, порез* шин*, спустил*, спущен*, пробит*, puncture*, flat, flats, blowout*, burst tyre*, roadside, на трассе, on the road, в пути, mobile tyre*, выездн* шиномонтаж*, выездн* бригад*, roadside assistance',
  'переобу*, сезонн* замен*, шиномонтаж*, хранени* шин, шинн* хранени*, tyre change*, tire change*, tyre fitting, tire fitting, seasonal change*, tyre hotel, tyre storage',
  // Lubricants, oils
  'смазк*, смазыва*, смазочн*, масл*, солидол*, литол*, lubric*, grease*, greasing, oil*, lube*',
  'подшипник*, узлы трения, заклин*, клинит, перегрев* подшипник*, bearing*, seiz*, seized, friction, wear@0.5, overheating@0.5, анализ масла, oil analysis, condition monitoring, вибродиагност*, vibration*, вибрац*',
  'разн* масл*, путают масл*, too many products, consolidat*, унификац*, унифицир*, сократ* номенклатур*, rationalis*, rationaliz*, fewer products, reduce the range, схем* смазк*, карт* смазк*, lubrication chart*, lubrication survey, colour-coded, color-coded, цветов* маркир*',
  'бочк*, бочонк*, канистр*, емкост*, ibc, drum*, barrel*, container*@0.5, tote*, кубовые емкост*',
  // Chemicals, reagents
  'реактив*, реагент*, химреактив*, reagent*, chemical*@0.6, химикат*',
  'паспорт* безопасност*, sds, msds, safety data sheet*, coshh',
  'разбавл*, дозирова*, дозирующ*, концентрац*, dilut*, dosing, dosage, concentration*, overdos*, перерасход*, dosing system*, auto-dos*, автодозир*',
  // Waste, recycling
  'контейнер* для мусора, мусорн* бак*, мусорн* контейнер*, переполнен*, переполня*, overflow*, overfill*, full bins, bins overflow, bin, bins, skip*, dumpster*, wheelie bin, компактор*, пресс* для отход*, compactor*, baler*',
  'раздельн* сбор*, сортировк* отход*, вторсырь*, макулатур*, пластик* на переработк*, segregat*, separate collection, recycling rate*, recyclable*, cardboard, картон*',
  'вывоз* по графику, вывоз* не приехал, не вывезли, пропустили вывоз, missed collection*, missed pick-up*, collection day*, collection schedule*, вывоз* по заявк*, on-demand collection',
  // Legal
  'юрист*, юридическ*, адвокат*, правов*, lawyer*, solicitor*, legal@0.6, attorney*, counsel',
  'почасов*, часы юрист*, счет за часы, billable hour*, hourly rate*, by the hour, per hour@0.6, fixed fee*@0.6, фиксированн* гонорар*, абонентск* обслуживан*, retainer*',
  'претензионн*, взыскан*, должник*, дебиторк*, debt recovery, debt collection, collect debts, chase debts, unpaid invoice*, late payer*',
  // SaaS, software
  'обновлен*, апдейт*, версия, версии, update*, upgrade*, release*@0.5, version*, patch*',
  'внедрен*, запуск*, переход на, переезд* на, миграц*, onboarding, implementation*, rollout*, go-live, go live, migrat*, switch*@0.5, switching',
  'техподдержк*, поддержк*@0.6, тикет*, обращени*, support@0.6, ticket*, helpdesk, help desk, service desk, sla',
  'тормоз* систем*, медленно работает, долго грузится, грузится, зависает, подвиса*, slow to load, loads slowly, takes forever to load, performance@0.5, производительност*, нагрузк*, load-test*, peak traffic, трафик*, traffic@0.5',
  'доступ* с телефон*, с мобильного, мобильн* верси*, из дома, удаленн*, удаленк*, удаленно, remote*, from home, work from home, wfh, on the go, on mobile, mobile access, anywhere',
  'права доступа, роли, разграничени* прав, кто что видит, permission*, role*@0.5, user rights, access rights, access levels, single sign-on, sso',
  // Payroll, HR
  'расчет* зарплат*, начислени* зарплат*, расчетчи*, зарплатн*, payroll*, pay run*, salary calculation*, wage*',
  'отпуск*, декрет*, больничн*, замен* специалист*, замещ*, maternity, parental leave, holiday cover, absence cover, sick leave, cover for*, backup specialist',
  'табел*, учет рабочего времени, учет времени, смен*@0.5, timesheet*, time tracking, clock in, clock-in, rota*, shift*@0.5, scheduling',
  'кадров* документ*, кадровик*, трудов* договор*, кадров* учет*, hr document*, employment contract*, personnel file*, hr admin*, hr paperwork',
  // Travel
  'командировк*, командирован*, поездк*, business trip*, business travel, corporate travel, travel policy, travel management',
  'отчет* по командировк*, авансов* отчет*, закрывающ* документ*, expense report*, expense claim*, receipts, invoices for travel, one invoice, single invoice, единый счет',
  // Signage, displays
  'вывеск*, световой короб*, объемн* букв*, лайтбокс*, неонов*, =sign, =signs, signage, fascia*, lightbox*, channel letter*, illuminated letter*',
  "не горит, не горят, погас*, перегорел*, перегора*, мигают, мерцают, не светится, don't light up, doesn't light up, not lit, unlit, gone out, blown@0.6, blows, burnt out, burned out, flicker*, dead@0.5",
  'разрешен* на вывеск*, согласован* вывеск*, паспорт* вывеск*, демонтир*, демонтаж*, снять вывеск*, take down, taken down, remove the =sign, permission, consent, planning, advertisement consent, council@0.6, администрац*, муниципал*',
  // E-learning, training providers
  'курс*@0.6, вебинар*, онлайн-обучен*, дистанцион* обучен*, lms, сдо, e-learning, elearning, online course*, online training, module*, micro-learning, microlearning',
  "не могут прийти на обучен*, нет времени на обучен*, смен* не совпада*, в удобное время, в любое время, any time, in their own time, at their own pace, can't attend, can't make the training",
  'кто прошел, кто обучен, учет обучен*, матриц* обучен*, training record*, training matrix, training log, completion*, compliance training, certificates of completion, audit trail',
  // Catering, food service
  '=меню, блюд*, рацион*, menu*, dish, dishes, meal*, cuisine',
  'остывш*, холодн* еда, остыва*, подогре*, термобокс*, термоконтейнер*, горяч*, arrives cold, cold food, lukewarm, hot food, hot meals, kept hot, heated*, insulated box*, hot holding',
  'порци*, маленьк* порци*, мало ед*, не наеда*, portion*, small portions, not enough food, run out of food, ran out of food, hungry, голодн*',
  'однообразн*, надоел*, одно и то же, каждый день одно, same food every day, same thing every day, boring, monoton*, rotating menu, меню меняется, сменн* меню, variety, разнообраз*',
  // Events
  'площадк*, =зал@0.4, =зала@0.4, =зале@0.4, =залы@0.4, venue*, space@0.4, hall@0.5, halls@0.5',
  'регистрац* участник*, бейдж*, registration, badge*, check-in desk, guest list*, список гостей, accreditation',
  'микрофон* отключ*, звук пропал, фонит, feedback@0.4, микрофон*, mic, mics, microphone*, radio mic*, wireless mic*, радиомикрофон*, backup mic*, spare mic*, запасн* микрофон*',
  'проектор*, экран*, презентац*, ноутбук*, макбук*, projector*, screen, screens, presentation*, slides@0.5, laptop*, mac, macs, macbook*, hdmi, vga, adapter*, adaptor*, переходник*, switcher*',
  'техник* на площадк*, звукорежисс*, звукоинжен*, технический специалист, technician*, sound engineer*, av technician*, оставили оборудован*, уехали',
  // Customs, foreign trade
  'таможн*, растаможк*, декларант*, брокер*, customs, broker*, clearance, clear customs, customs clearance, hs code*, тн вэд, коды тн',
  'задерж* на границ*, застрял* на таможн*, стоит на таможн*, border delay*, demurrage, простой контейнер*, детеншн*, detention',
  'сертификат* происхожден*, фитосанитар*, ветсертификат*, certificate of origin, phytosanitary, export certificate*, ispm, ispm 15, heat-treat*, heat treated, термообработ*, фумигац*, fumigat*',
  // Cold chain
  'холодов* цеп*, рефрижератор*, =реф@0.4, =рефы@0.4, рефк*@0.4, температурн* режим*, cold chain, refrigerat*, reefer*, chilled, frozen, temperature-controlled, temperature controlled',
  'разморо*, оттаял*, разогрел*, нарушен* температур*, thaw*, defrost*, temperature breach*, temperature excursion*, warmed up, датчик* температур*, термограф*, логгер*, data logger*, temperature log*, temperature record*',
  // Textiles, fabric, uniforms
  'постирать, стирают дома, стирают сами, стирка дома, wash at home, washes at home, home washing, laundered, industrial laundering, professional laundry, прачечн*, химчистк*, dry clean*',
  'садится после стирки, села после стирки, садится, линяет, полинял*, катышк*, shrink*, shrunk, pilling, bobbl*, colour run*, faded@0.5, lose shape, lost shape',
  'выдач* спецодежд*, получить форму, новым сотрудник* форм*, комплект* одежд*, kit out, kitted out, issue uniform*, uniform for new starters, new starters, sizes in stock, размерн* ряд*, all sizes',
  // Scaffolding, access
  'леса, лесов, строительн* лес*, подмост*, вышк*-тур*, scaffold*, scaffolding, tower scaffold*, access tower*',
  'стоят без дела, стоят неиспользуемые, простаивают, недел* без дела, платим за простой, standing unused, standing idle, sitting there, weeks unused, pay for weeks, charged for weeks, only pay for, pay only for, fixed price*@0.5, fixed period, rent by the day, посуточн*, за фактическ*, actual days, actual use',
  // Equipment rental
  'аренд* техник*, аренд* оборудован*, прокат* оборудован*, plant hire, equipment hire, equipment rental, tool hire, hire fleet, rental fleet',
  'машинист*, оператор*, экипаж*, operator*, driver*@0.5, with operator, с оператором, с машинистом',
  'бронирован* техник*, забронир*, гарантия наличия, нет свободн*, availability, reserve*, reservation*, booked out, fully booked, sold out, no availability',
  // Forklifts, warehouse equipment
  'погрузчик*, штабелер*, ричтрак*, тележк*, рохл*, forklift*, reach truck*, stacker*, pallet truck*, pallet jack*',
  'аккумулятор* сел*, разрядил*, зарядк*, заряжа*, battery*, batteries, =charging, flat battery, runs out of charge, литий*, lithium, opportunity =charging, быстр* зарядк*',
  'наезд*, въехал*, врезал*, таран*, удар*, столкнов*, снес*, сбил*, hit, hits, crash into, crashed into, ran into, drive into, drove into, reversed into, bump*, impact*, collision*, collid*, отбойник*, защит* стоек, защитн* ограждени*, barrier*@0.5, bollard*, rack protection, ударопрочн*, impact-resistant, self-repair*, самовосстанав*, самовосстанов*, self-healing, self-reinstating',
  // Racking, storage
  'стеллаж*, мезонин*, ячейк*, паллетоместо*, racking, rack*, shelving, mezzanine*, bay*@0.5, pallet position*, pallet location*',
  'некуда расширяться, места мало, не хватает места, склад забит, забит*, забито, переполнен склад*, тесно, no more room, running out of room, out of space, full up, crammed, cramped, высотн*, в высоту, use the height, vertical space, narrow aisle*, узкопроходн*, плотн* хранени*, density, dense storage, more pallet positions, больше паллетомест',
  // Fuel cards, fleet telematics
  'топливн* карт*, карт* азс, fuel card*, fuel cards, fleet card*, заправк*, заправля*, азс, filling station*, petrol station*, forecourt*, pump*@0.4',
  'gps-трек*, трекер*, телематик*, мониторинг транспорт*, глонасс*, tracker*, telematics, vehicle tracking, fleet tracking, gps, маршрут* водител*, где машин*, where the van*, where the driver*, where our vehicle*',
  'лимит*, лимиты по карт*, ограничен* по, limit*, spending limit*, caps@0.5, cap@0.4, per driver, по каждой карт*, per card, allowed address*, approved locations, whitelist*',
  'личн* цел*, личн* поездк*, private use, personal use, personal trips, misuse, abuse@0.6, journey purpose, цель поездк*, trip purpose, business purpose',
  // Car rental, taxi
  'подач* машин*, подать машин*, ждать машин*, pickup time, pick-up time, arrival time, eta, car within, taxi within',
  // Logistics, freight
  'экспедир*, экспедитор*, forward*, freight forward*, перевозчик*, carrier*, haulier*, hauler*, 3pl, фулфилмент*, fulfil*, fulfill*',
  'фура, фуры, полуприцеп*, трал*, контейнер*, truck*, lorr*, trailer*, container*, ftl, full truckload, ltl',
  'недостач*, пересорт*, недовложен*, недогруз*, не хватает коробок, short shipment*, short delivery, shortage*, missing item*, missing box*, wrong item*, picking error*, mis-pick*, ошибк* комплектац*, комплектац*, picking@0.6, сборк* заказ*, штрихкод*, сканирован*, barcode*, scan@0.5, scanning@0.5',
  'последн* мил*, last mile, last-mile, доставк* до двери, door to door, door-to-door, home delivery',
  // Recruitment, staffing
  "вакансия висит, долго закрыва* вакан*, не можем найти людей, не можем найти сотрудник*, никого не найти, closing vacancies, time to hire, time-to-hire, time to fill, hard to fill, can't find people, can't find staff, can't hire, shortlist*, шорт-лист*, кандидат*, candidate*, резюме, cv, cvs",
  'испытательн* срок*, не прошел испыт*, ушел через месяц, уходят через месяц, замен* кандидат*, бесплатн* замен*, probation*, leaves after, left after, replacement guarantee, free replacement, rebate period',
  'временн* персонал*, аутстаффинг*, аутсорсинг* персонал*, временн* сотрудник*, temporary staff, temp@0.5, temps@0.5, agency worker*, seasonal staff, сезонн* персонал*, подработк*',
  // IT managed services, cloud, hosting
  'сервер*, серверн*, стойк*, server*, rack*@0.5, hosting, хостинг*, colocation, colo, co-location, дата-центр*, цод, data centre*, data center*',
  'серверн* перегрева*, перегрев* сервер*, жарко в серверн*, overheat*, cooling, precision cooling, кондиционирован* серверн*, охлажден*',
  '3 часа ночи, out of hours, after hours, on call, on-call, remote hands, smart hands, дежурн* инженер*, 24 7, 24/7',
  'облак*, облачн*, cloud, clouds, saas, iaas, aws, azure, виртуальн* сервер*, virtual server*, vm, vms',
  'антивирус*, фишинг*, вирус*, шифровальщик*, взлом*, утечк* данн*, antivirus, phishing, ransomware, malware, breach*, hack*, pen test*, penetration test*, пентест*, security audit*, mfa, 2fa, двухфакторн*',
  'разработчик*, программист*, developer*, dev team, devs, engineers@0.5, coders',
  '=баг, =баги, =багов, багфикс*, ошибк* в программ*, вылета*, крашит*, падает приложени*, bug*, crash*, crashes, crashing, falls over, goes down, stability, stable, load-tested, load testing, scales automatically, autoscal*, автомасштаб*',
  // Marketing, research, content
  'заявк*@0.5, =лид, =лиды, =лидов, лидогенерац*, leads, lead generation, enquir*, inquir*, обращени*@0.5',
  'реклам*, продвижени*, таргет*, контекст*, seo, ppc, ads, advertising, campaign*, кампани*, =marketing@0.5, маркетинг*@0.5',
  'перевод*, переводчик*, локализац*, mistranslat*, linguist*, лингвист*, second linguist, translat*, translator*, locali*, interpreter*, proofread*, вычитк*, редактур*, носител* язык*, native speaker*, glossary, глоссари*, терминолог*, terminology, technical terms',
  // Energy, solar, generators
  'солнечн* панел*, солнечн* станц*, сэс, solar, solar panel*, pv, photovoltaic*, panels@0.6, inverter*, инвертор*',
  'сетев* электр*, от сети, счет за электр*, тариф на электр*, мощност*, grid, power bill, electricity bill, energy bill, kwh, demand charge*, peak demand, выработк*, yield*@0.5, generation@0.5, self-consumption',
  'генератор*, дгу, дизель-генератор*, резервн* питани*, резервн* электр*, backup generator*, standby power, standby generator*, ups, ибп, аварийн* питани*, отключени* электр*, power cut*, power outage*, blackout*',
  // Lighting
  'светильник*, ламп*, освещени*, led, leds, светодиод*, highbay, high-bay*, high bay*, fitting*, luminaire*, lamp*, bulb*, tube*@0.5, lighting, lights',
  'меня* ламп*, замен* ламп*, перегора*, перегорел*, relamp*, re-lamp*, replace bulb*, replace tube*, blows, blown, burnt out, срок службы, часов работы, lifespan, life of, 100 000 часов, 50 000 часов, l70',
  'морозильн*, морозильник*, камер* заморозк*, freezer*, cold store*, cold room*, minus 25, минус 25, -25, -30, sub-zero, subzero',
  // Electrical, cables
  'кабел*, провод*, кабельн*, cable*, wire*, wiring, conductor*',
  'пожаробезопасн* кабел*, нг-ls, нгls, не распространя* горени*, low smoke, lszh, fire-resistant cable*, огнестойк*, fire rated',
  // Plumbing, drainage, septic
  'септик*, выгребн* ям*, откачк*, ассенизатор*, ассенизац*, жбо, канализац*, septic*, cesspit*, cesspool*, sewage, pump out, pumping out, =emptying, vacuum tanker*, запах канализац*',
  'засор*, засорен*, прочистк*, забит* канализац*, blocked drain*, blockage*, unblock*, drain clearing, jetting, прочистк* труб*',
  // Roofing, facades, windows
  'кровл*, крыш*, рубероид*, мембран*, roof*, roofing, membrane*, flat roof*, felt roof*, reroof*, re-roof*',
  'заплатк*, латают, латать, залатали, ямочн* ремонт*, латочн* ремонт*, patch*, patched, patching, quick fix*, temporary fix*, band-aid, sticking plaster, комплексн* ремонт*',
  'тепловизор*, тепловизион*, обследован* кровл*, обследован* здани*, thermal imaging, thermal survey, infrared survey, roof survey, building survey, diagnostic survey, найти причин*, найти протечк*, leak detection',
  // Landscaping, grounds
  'газон*, стрижк* газон*, покос*, =трава@0.5, =траву@0.5, =травы@0.5, lawn*, grass, mowing, mow*, landscap*, grounds maintenance',
  // Parking
  'занимают парковк*, чужие машины, посторонн* машин*, парков* забит*, занимают места, commuter*, non-customers, unauthorised parking, unauthorized parking, anpr, распознаван* номер*, number plate recognition, камер* на въезд*, overstay*, max stay, maximum stay, free stay*, free for customers, бесплатн* для покупател*',
  'штраф* за парковк*, несправедлив* штраф*, unfair fine*, unfair ticket*, parking fine*, parking ticket*, parking charge*, pcn*, appeal*, appeals process, grace period, льготн* период*, обжалов*',
  'шлагбаум*, турникет*, въезд*, barrier*, gate*@0.5, ticket machine*, pay machine*, ticketless, barrierless, barrier-free, без шлагбаум*, очередь на въезд, traffic flow*, tailback*',
  // Doors, gates
  'ворот*, секционн* ворот*, скоростн* ворот*, рольставн*, dock door*, loading door*, roller door*, roller shutter*, high-speed door*, rapid roll*, sectional door*, overhead door*, gate*',
  'рамп*, =док@0.4, =доки@0.4, =доков@0.4, докшелтер*, уравнительн* платформ*, dock*, loading bay*, loading dock*, dock leveller*, dock leveler*, dock shelter*',
  'тепловая завеса, тепловые завесы, воздушн* завес*, air curtain*, door curtain*, strip curtain*, пвх-завес*, выдува* тепло, уходит тепло, heat escap*, heat loss*, losing heat, cold air coming in',
  // Fire safety
  'огнетушител*, extinguisher*, перезарядк* огнетуш*, refill* extinguisher*, просроченн* огнетуш*, out of date extinguisher*',
  'пожарн* сигнализац*, апс, оповещен*, датчик* дыма, дымов* извещател*, fire alarm*, smoke detector*, smoke alarm*, alarm system*, false alarm*, ложн* срабатыв*',
  'пожарн* инспекц*, пожарн* надзор*, мчс, fire inspection, fire officer*, fire risk assessment*, fire certificate*, fire safety audit*, fire brigade',
  // Metrology, calibration
  'поверк*, поверя*, калибров*, метролог*, свидетельств* о поверк*, calibration*, calibrat*, calibration certificate*, ukas, traceab*, прослеживаем*',
  'манометр*, термометр*, весы, дозатор*, прибор*, средств* измерен*, си, gauge*, thermometer*, scales@0.5, balance*@0.5, pipette*, instrument*, measuring equipment',
  // Labs, lab consumables
  'результат* анализ*, сроки анализ*, ждем результат*, turnaround, turnaround time, tat, results in, результаты за',
  // Pharma, pharmacies
  'дозировк*, не та дозировк*, пересорт*, не тот препарат, wrong dose, wrong strength, wrong dosage, wrong product*, mis-pick*, сканирован* при сборк*, scan at picking, barcode check*, двойн* контрол*, double check*',
  // Veterinary, animals
  'ветпрепарат*, вакцин*, прививк*, vaccin*, vaccine*, ветеринарн* препарат*, veterinary medicine*, animal health',
  'падеж*, болеют животн*, гибель*, mortality, losses@0.4, sick animals, disease outbreak*, вспышк* болезн*',
  // Agriculture
  'удобрени*, селитр*, карбамид*, азот*, фосфор*, калий*, fertili*, nitrogen, phosphate*, potash, npk',
  'урожайност*, урожа*, недобор*, центнер*, ц/га, yield*, harvest*, tonnes per hectare, t/ha, bushel*',
  'почв*, агрохим* анализ*, анализ почв*, soil*, soil test*, soil analysis, soil sampling, агроном*, agronom*',
  'комбайн*, трактор*, сеялк*, опрыскивател*, combine*, tractor*, seeder*, drill*@0.4, sprayer*, harvester*',
  'сезон уборк*, в сезон, посевн*, уборочн*, в разгар сезона, harvest time, harvest season, in season, at harvest, during harvest, peak season, во время уборки',
  // Greenhouses
  'теплиц*, тепличн*, парник*, greenhouse*, glasshouse*, polytunnel*, досвечиван*, supplementary light*, grow light*',
  // Paints, coatings
  'грунт*, грунтовк*, праймер*, primer*, undercoat*',
  'сохн*, сохл*, сушк*, высых*, высох*, высыха*, сушит*, высушив*, быстросохн*, межслойн*, отверждени*, отвержд*, dry, drying, dries, dried, quick-dry*, fast-dry*, cure*, curing, drying time',
  'маляр*, покрасочн* камер*, окрасочн*, painter*, spray booth*, paint booth*, paint shop*, spray shop*',
  'растворител*, без растворител*, водн* основ*, водоразбавл*, на водной основе, solvent*, solvent-free, water-based, waterborne, low-voc, low voc, voc, vocs, fumes, пары растворител*',
  'отслаива*, отслоен*, шелуш*, облезает, облез*, вздут*, пузыр*, адгези*, peel*, flak*, blister*, bubbl*, adhesion, delaminat*',
  // Welding
  'сварк*, сварщик*, свар*@0.5, шов, шва, швы, weld*, welder*, welding, seam*',
  'электрод*, проволок*, присадочн*, флюс*, electrode*, rod*@0.5, filler wire*, welding wire*, flux*',
  'поры, пористост*, непровар*, трещин* в шв*, дефект* шва, porosity, pores, porous, lack of fusion, weld defect*, cracks in the weld',
  'отсырел*, отсырева*, влаг*, прокалк*, прокалив*, вакуумн* упаковк*, damp@0.6, moisture@0.6, absorb moisture, baking, rebak*, re-bak*, vacuum pack*, vacuum-packed, hermetic*',
  // CNC, machining, metal
  'допуск*@0.6, точност* обработк*, размер* не совпада*, не в допуск*, tolerance*, out of tolerance, within tolerance, precision*, микрон*, micron*',
  'резк*, рубк*, в размер, нарезк*, раскрой*, порезать, cut@0.5, cuts@0.5, cutting, cut to size, cut-to-length, laser cut*, plasma',
  // Compressors, pumps, hydraulics
  'насос*, насосн*, pump*, pumping, impeller*, крыльчатк*, seal*@0.5, уплотнен*, торцев* уплотнен*, mechanical seal*',
  'гидравлик*, гидравлическ*, течь гидравлик*, шланг*, рукав* высокого давлени*, hydraulic*, hose*, hydraulic leak*, leaking hydraulics',
  // Packaging
  'упаковк*, тара, коробк*, гофро*, пленк*, стретч*, стрейч*, packaging, packing, box*, carton*, corrugated, stretch wrap*, shrink wrap*',
  'этикетк*, маркировк*, наклейк*, label*, labelling, labeling, sticker*, честный знак, маркировк* честн*',
  'поддон*, паллет*, европаллет*, pallet*, skid*, euro pallet*, pallet pooling, pool pallet*, chep, lpr, пулинг*, возвратн* тара, =returnable',
  'ломан* поддон*, битые поддоны, сломанн* паллет*, broken pallet*, damaged pallet*, pallet grading, graded pallet*, сортиров* поддон*, ремонт поддон*, pallet repair*',
  // Food ingredients, food production
  'ингредиент*, сырь*, добавк*, специи, специй, пряност*, ingredient*, raw material*, additive*, spice*, seasoning*',
  'спецификац*, технологическ* карт*, рецептур*, specification*, spec@0.4, specs@0.4, recipe*, formulation*',
  'аллерген*, следы орех*, глютен*, allergen*, traces of nut*, may contain, cross-contamination, перекрестн* загрязн*',
  'прослеживаем*, партия, партии, номер партии, traceab*, batch*, lot number*, batch number*, recall*, отзыв* продукц*',
  // Coffee, vending, micro markets
  'кофемашин*, кофейн* аппарат*, coffee machine*, bean-to-cup, espresso machine*, vending machine*, торгов* автомат*, микромаркет*, micro market*, micro-market*, смарт-холодильник*, smart fridge*, unattended retail',
  'ночн* смен*, вторая смена, третья смена, night shift*, late shift*, evening shift*, 24-hour access, 24 hour access, круглосуточн* доступ*',
  // Water delivery, coolers
  'кулер*, бутыл* вод*, бутилирован*, вода в офис, доставк* вод*, water cooler*, bottled water, water delivery, plumbed-in, mains-fed, пурифайер*, purifier*',
  // Pest control — see generic group; answers
  'повторн* обработк*, повторная обработка бесплатно, гарантия результат*, вернутся, вернулись, снова появил*, опять появил*, come back, came back, keep coming back, return*@0.5, re-treatment, retreatment, follow-up treatment, free repeat visit*',
  // Hotels, linen, laundry
  'прачечн*, стирк* бель*, гостиничн* бель*, аренд* бель*, linen hire, linen rental, laundry service*, hotel laundry, commercial laundry',
  'жестк* простын*, колюч* бель*, грубое бельё, scratchy, rough sheets, itchy, thread count, плотност* ткан*, percale, sateen, сатин*, перкал*, egyptian cotton, soft@0.6',
  'серое бельё, серые простын*, посерел*, пожелтел*, пятна на бель*, grey, greying, yellowed, discolour*, discolor*, stains, stained, отбелив*, whiten*, bleach*',
  // Coworking, offices
  "аренд* офис*, офис в аренд*, долгосрочн* аренд*, договор аренды на, lease*, long lease, five-year lease, office lease, break clause*, notice, one month's notice, monthly membership, membership*, коворкинг*, flex space, serviced office*",
  'переговорн*, переговорк*, meeting room*, boardroom*, conference room*, бронирован* переговор*, room booking, book a room, bookable, always booked',
  // Video production, creative
  'правк*, согласова*, revision round*, round* of revision*, feedback round*, amends, amendments, changes@0.5',
  // App development
  'акция, акции, распродаж*, промо, промоакц*, промокод*, black friday, пиковая нагрузк*, promotion*, sale*@0.5, campaign*@0.5, traffic spike*, peak traffic, peak load, high traffic',
  // Cash handling, banking, acquiring
  'выручк*, инкасс*, касс*, наличн*, takings, cash, till*, banking the cash, cash handling, cash in transit, cit',
  'зачислен*, зачислят*, поступлен* на счет, деньги на счет*, в тот же день, same day, same-day credit, credited, next-day credit, settlement*@0.5, эквайринг*, acquiring, card payment*, терминал*, terminal*, pos terminal*',
  'пересчет выручк*, считать кассу, пересчитывать кассу, cash up, cashing up, note counting, counterfeit*, фальшив*, купюроприемник*, счетчик* банкнот*, note-counting, automatic counting',
  // Factoring, leasing, finance
  'факторинг*, factoring, invoice finance, invoice discounting, кассов* разрыв*, cash gap*, cash flow gap*, отсрочк* покупател*, buyers pay late, customers pay late, долго платят',
  'лизинг*, аренд* с выкупом, lease*@0.5, leasing, hire purchase, rent-to-own, выкуп*',
  // Call centre, contact centre
  'висят на линии, ждут на линии, ждут ответа оператор*, на удержании, в очереди на линии, on hold, hold time*, wait time*, waiting time*, queue time*, answer time, average speed of answer, asa, брос* трубк*, кладут трубк*, hang up, abandon*, abandonment rate, пропущенн* вызов*',
  'сезонн* пик*, пик звонк*, наплыв звонк*, в январе, в сезон, seasonal peak*, peaks, spike in calls, call volume*, surge, additional seats, scale up, дополнительн* оператор*',
  // Corporate gifts, merchandise
  'подарк*, сувенир*, мерч*, gift*, merchandise, merch, swag, promotional item*, giveaway*',
  // Archive, records management
  'архив*, подвал*, коробк* с документ*, дела@0.5, папк* с документ*, archive*, basement*, paper records, old files, dead files, storeroom*, records store*, off-site storage, offsite storage, освобожд* площад*, free up space, free up room, вывоз архив*',
  'найти документ*, поиск документ*, ищем документ*, найти дело, не можем найти, find a contract, find a document, find files, retrieval, retrieve*, опис*, электронн* опис*, индексац*, index*, searchable, catalogue*, catalog*, scan on demand, скан по запросу',
  'отсырел*, намок*, промок*, затопил*, потоп*, плесен*, порча документ*, rotted, damp@0.6, mould*, mold*, water damage*, flood*, fire damage, контрол* влажност*, контрол* температур*, climate-controlled, climate controlled, humidity control*',
  // Translation of docs
  'нотариальн*, апостил*, заверен* перевод*, certified translation*, sworn translation*, notar*, apostille*',
  // Kitchen equipment, commercial catering equipment
  'пароконвектомат*, =плита@0.5, =плиты@0.5, =плите@0.5, печь, печи, фритюр*, посудомоечн*, холодильн*, combi oven*, oven*, fryer*, dishwasher*, glasswasher*, refrigerat*, fridge*, cooker*, range*@0.4',
  'мутн* бокал*, мутные, мутн* стакан*, разводы на посуд*, налет на посуд*, накип*, cloudy, glasses@0.5, glassware, жестк* вод*, cloudy glasses, streaky glasses, limescale, hard water, water softener*, умягчител*, водоподготовк*, water treatment, rinse aid, ополаскивател*',
  'нет запчаст*, без запчаст*, ждем запчаст*, запчасти неделю, no parts, waiting for parts, stocked van*, spares on board, first-time =fix, first visit, first-visit =fix, с первого визита',
  // Care homes, education
  'сиделк*, медсестр*, персонал* ухода, carer*, care worker*, care staff, nurses, care assistant*',
  'учени*, студент*, школ*@0.5, pupil*, student*, school*@0.5, learner*, teacher*, учител*, преподава*',
  // Sports, health & wellbeing
  'спортзал*, фитнес*, тренажер*, =йога, =йогой, =йогу, gym*, =fitness, yoga, wellbeing, wellness, велнес*',
  // Security systems
  'видеонаблюден*, камер*, видеокамер*, cctv, camera*, video surveillance, footage, запис* с камер*, recording*, архив записей',
  'скуд, пропуск*, карт* доступа, турникет*, access control, access card*, key card*, keycard*, fob*, badge*@0.5',
  // Metal, steel delivery
  'марк* стал*, сорт* стал*, марк* металл*, steel grade*, grade*@0.5, material grade*, сертификат* на металл*, mill certificate*, mill cert*, 3.1 certificate*',
  // Concrete, construction materials
  'подвиж*, марк* бетон*, прочност* бетон*, трещин* в бетон*, slump, strength class, concrete strength, cube test*, испытан* кубик*, кубики',
  // Drywall, finishing
  'гипсокартон*, гкл, =профиль@0.5, =профили@0.5, =профилей@0.5, шпакл*, drywall, plasterboard*, gypsum*, =stud@0.5, =studs@0.5, filler@0.5, plaster*',
  // Generic B2B office life
  'офис-менеджер*, секретар*, ресепшн*, администратор*, office manager*, receptionist*, front desk, reception*',
];

/** Every group: the core above, then the everyday-speech and industry files beside this one. */
export const THESAURUS: readonly string[] = [
  ...CORE_GROUPS,
  ...EVERYDAY_GROUPS,
  ...INDUSTRY_GROUPS_A,
  ...INDUSTRY_GROUPS_B,
];
