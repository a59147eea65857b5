/**
 * Function words that say nothing about which property answers a pain: they are not counted as
 * shared words. Lexicon phrases still see them ("не тот", "no one answers"), since the stop flag
 * only affects word overlap. Plain lower-case words (ё written as е), compared before stemming.
 */
export const STOP_WORDS_RU: ReadonlySet<string> = new Set(
  `а в во на над под по о об обо от до из изо к ко с со у за для при про через и или либо но да
  же ли бы то это этот эта эти этого этой этих тот та те того той тех что чтобы как так также
  тоже уже еще ещё вот там тут здесь где когда который которая которое которые которых которым
  его ее её их им ими ему ей мы вы они он она оно я ты мой моя мое мои наш наша наше наши нас нам
  ваш ваша ваше ваши вас вам вами себя свой своя свое свои своих сам сама сами весь вся все всё
  всех всем был была было были быть есть будет будут является являются каждый каждая каждое
  каждую каждого каждой очень просто лишь только ну ведь даже ни не нет без может можно
  нужно надо`
    .split(/\s+/)
    .filter(Boolean),
);

export const STOP_WORDS_EN: ReadonlySet<string> = new Set(
  `a an the and or but of to in on at by for from with as is are was were be been being it its
  this that these those there here we our ours us you your yours they their them he she his her
  i me my mine so than then too very just also into onto about over under up down out off which
  who whom whose what when where while do does did doing done have has had having can could
  would should will shall may might must each every any some such own same other others all both
  if because until again further once no not without need needs get gets
  keep keeps`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that are content words but say nothing about which property answers which pain: every
 * B2B text has "клиент", "company", "time". Matched by stem (so every inflection), they are left
 * out of shared-word counting like function words. Concept terms may still contain them.
 */
export const GENERIC_WORDS: readonly string[] = `компания клиент клиенты заказчик товар продукция
  продукт работа работать время год месяц неделя день новый текущий другой свой сейчас всегда
  постоянно очень много мало хотим хотеть нам нужен приходится делать сделать стать есть иметь
  один два три поставщик следующий первый последний после перед офис офисе люди человек раз место
  вечно опять снова целый половина
  company client customer business product products work time year month week day new current
  other always often many much want wants make makes made take takes one two three supplier
  suppliers vendor our your every use uses used like next last first before after still
  really always office people person place times half whole`
  .split(/\s+/)
  .filter(Boolean);
